package jp.sitegate.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.sitegate.application.ProfileAdminService;
import jp.sitegate.application.view.ProductViews;
import jp.sitegate.domain.model.product.DistributionPolicy;
import jp.sitegate.domain.shared.DomainException;

/** The safety manager's product list and the form that adds a product with its YJ codes (REQUIREMENTS.md §4). */
@Named
@ViewScoped
public class ProductAdminBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private ProfileAdminService admin;

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
            products = admin.products();
        }
        return products;
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
}
