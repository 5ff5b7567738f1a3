package jp.sitegate.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.sitegate.application.admin.OrganisationService;
import jp.sitegate.application.admin.ProfileAdminService;
import jp.sitegate.application.view.OrganisationViews;
import jp.sitegate.application.view.ProductViews;
import jp.sitegate.domain.model.product.DistributionPolicy;
import jp.sitegate.domain.shared.DomainException;
import jp.sitegate.interfaces.security.CurrentUserBean;

/** The safety manager's product list and the form that adds a product with its YJ codes (REQUIREMENTS.md §4). */
@Named
@ViewScoped
public class ProductAdminBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private ProfileAdminService admin;

    @Inject
    private OrganisationService organisations;

    @Inject
    private Clock clock;

    private List<OrganisationViews.Agreement> agreements;
    private List<OrganisationViews.Organisation> distributors;
    private Long agreementDistributor;
    private List<String> agreementProducts = new ArrayList<>();
    private LocalDate agreementFrom;
    private LocalDate agreementTo;

    private List<ProductViews.Product> products;
    private String key;
    private String nameJa;
    private String nameEn;
    private String genericJa;
    private String genericEn;
    private String policy = DistributionPolicy.FIRST_DELIVERY_ONLY.name();
    private String strengths;

    /** @return every product with strengths and profile versions */
    public List<ProductViews.Product> getProducts() {
        if (products == null) {
            products = new java.util.ArrayList<>(admin.products()); // sortable in place
        }
        return products;
    }

    /** A new agreement starts today unless the safety manager says otherwise. */
    @PostConstruct
    void init() {
        agreementFrom = LocalDate.now(clock);
    }

    /** @return the signed-in safety manager's company's distribution agreements (特約店契約, issue 10), newest first */
    public List<OrganisationViews.Agreement> getAgreements() {
        if (agreements == null) {
            try {
                agreements = new java.util.ArrayList<>(organisations.agreements(CurrentUserBean.current()
                        .organisationId())); // sortable in place
            } catch (DomainException e) {
                agreements = List.of();
                Messages.error("agreement:messages", e);
            }
        }
        return agreements;
    }

    /** @return today (Japan) as YYYY-MM-DD: an agreement can be ended today once it has started */
    public String getToday() {
        return LocalDate.now(clock).toString();
    }

    /** @return the distributors an agreement may name */
    public List<OrganisationViews.Organisation> getDistributors() {
        if (distributors == null) {
            distributors = organisations.list("DISTRIBUTOR", null);
        }
        return distributors;
    }

    /**
     * Makes an agreement with the chosen distributor for the chosen products (none chosen: all the company's
     * products), through the same service method as {@code POST /api/v1/organisations/{id}/agreements}.
     */
    public void addAgreement() {
        try {
            organisations.addAgreement(CurrentUserBean.current().organisationId(), agreementDistributor,
                    agreementProducts, agreementFrom, agreementTo);
            Messages.info(Messages.text("agreements.added"));
            agreements = null;
            agreementProducts = new ArrayList<>();
        } catch (DomainException e) {
            Messages.error("agreement:" + switch (e.field() == null ? "" : e.field()) {
                case "distributorId" -> "distributor";
                case "products" -> "products";
                case "validFrom" -> "from";
                case "validTo" -> "to";
                default -> "messages";
            }, e);
        }
    }

    /**
     * Ends an agreement today (its last day in force), as {@code POST …/agreements/{id}/end}.
     *
     * @param a the agreement as listed
     */
    public void endAgreement(OrganisationViews.Agreement a) {
        try {
            organisations.endAgreement(a.manufacturerId(), a.id(), a.version(), LocalDate.now(clock));
            Messages.info(Messages.text("agreements.ended", a.distributorName()));
        } catch (DomainException e) {
            Messages.error("agreement:messages", e);
        }
        agreements = null;
    }

    /** Adds the product; strengths are lines "YJ code strength". */
    public void add() {
        Map<String, String> codes = new LinkedHashMap<>();
        if (strengths != null) {
            for (String line : strengths.split("\\R")) {
                String t = line.strip();
                if (!t.isEmpty()) {
                    String[] parts = t.split("\\s+", 2);
                    codes.put(parts[0], parts.length > 1 ? parts[1] : parts[0]);
                }
            }
        }
        try {
            admin.addProduct(key == null ? null : key.strip(), nameJa, nameEn, genericJa, genericEn,
                    DistributionPolicy.valueOf(policy), codes);
            Messages.info(Messages.text("products.added", key));
            products = null;
        } catch (DomainException e) {
            Messages.error("product:" + fieldId(e.field()), e);
        }
    }

    private static String fieldId(String field) {
        return switch (field == null ? "" : field) {
            case "key", "nameJa", "nameEn" -> field;
            case "genericNameJa" -> "genericJa";
            case "genericNameEn" -> "genericEn";
            case "yjCodes" -> "strengths";
            default -> "key";
        };
    }

    /** @return the distribution policies */
    public DistributionPolicy[] getPolicies() {
        return DistributionPolicy.values();
    }

    /** @return the new product's key */
    public String getKey() {
        return key;
    }

    /** @param key the new product's key */
    public void setKey(String key) {
        this.key = key;
    }

    /** @return the Japanese name */
    public String getNameJa() {
        return nameJa;
    }

    /** @param nameJa the Japanese name */
    public void setNameJa(String nameJa) {
        this.nameJa = nameJa;
    }

    /** @return the English name */
    public String getNameEn() {
        return nameEn;
    }

    /** @param nameEn the English name */
    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    /** @return the generic name (Japanese) */
    public String getGenericJa() {
        return genericJa;
    }

    /** @param genericJa the generic name (Japanese) */
    public void setGenericJa(String genericJa) {
        this.genericJa = genericJa;
    }

    /** @return the generic name (English) */
    public String getGenericEn() {
        return genericEn;
    }

    /** @param genericEn the generic name (English) */
    public void setGenericEn(String genericEn) {
        this.genericEn = genericEn;
    }

    /** @return the distribution policy name */
    public String getPolicy() {
        return policy;
    }

    /** @param policy the distribution policy name */
    public void setPolicy(String policy) {
        this.policy = policy;
    }

    /** @return strengths, one "YJ code strength" per line */
    public String getStrengths() {
        return strengths;
    }

    /** @param strengths strengths, one "YJ code strength" per line */
    public void setStrengths(String strengths) {
        this.strengths = strengths;
    }

    /** @return the distributor chosen for a new agreement */
    public Long getAgreementDistributor() {
        return agreementDistributor;
    }

    /** @param agreementDistributor the distributor's organisation id */
    public void setAgreementDistributor(Long agreementDistributor) {
        this.agreementDistributor = agreementDistributor;
    }

    /** @return YJ codes of the products chosen for a new agreement (empty: all) */
    public List<String> getAgreementProducts() {
        return agreementProducts;
    }

    /** @param agreementProducts YJ codes */
    public void setAgreementProducts(List<String> agreementProducts) {
        this.agreementProducts = agreementProducts == null ? new ArrayList<>() : agreementProducts;
    }

    /** @return first day in force */
    public LocalDate getAgreementFrom() {
        return agreementFrom;
    }

    /** @param agreementFrom first day in force */
    public void setAgreementFrom(LocalDate agreementFrom) {
        this.agreementFrom = agreementFrom;
    }

    /** @return last day in force, or {@code null} for open-ended */
    public LocalDate getAgreementTo() {
        return agreementTo;
    }

    /** @param agreementTo last day in force */
    public void setAgreementTo(LocalDate agreementTo) {
        this.agreementTo = agreementTo;
    }
}
