package jp.sitegate.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import jp.sitegate.application.facility.FacilityQueryService;
import jp.sitegate.application.gate.EligibilityService;
import jp.sitegate.application.gate.ProductCatalog;
import jp.sitegate.application.shipment.ShipmentCommand;
import jp.sitegate.application.shipment.ShipmentRefusedException;
import jp.sitegate.application.shipment.ShipmentService;
import jp.sitegate.application.view.DecisionDocument;
import jp.sitegate.application.view.ShipmentReceipt;
import jp.sitegate.domain.shared.DomainException;
import jp.sitegate.infrastructure.config.ClockProducer;

/**
 * Backing bean of the distributor's check page: pick a facility (code or name, with autocomplete) and a product,
 * read the decision with every finding (REQUIREMENTS.md §7).
 */
@Named
@ViewScoped
public class CheckBean implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final java.util.regex.Pattern AUTOCOMPLETE_PICK = java.util.regex.Pattern.compile("^(\\d{10})\\s.*$",
            java.util.regex.Pattern.DOTALL);

    @Inject
    private EligibilityService eligibility;

    @Inject
    private FacilityQueryService facilities;

    @Inject
    private ProductCatalog catalog;

    @Inject
    private LocaleBean locale;

    @Inject
    private ShipmentService shipments;

    private String facilityCode;
    private String yjCode;
    private LocalDateTime at;
    private DecisionDocument decision;
    private List<ProductOption> products;
    private Integer quantity = 1;
    private String orderReference;
    private Integer patientChecklistId;
    private String idempotencyKey;
    private ShipmentReceipt receipt;

    /**
     * @param query what the user typed: part of a name, or the first digits of a code
     * @return up to 10 suggestions, hospitals with beds first, each "code name — address（N床）" on one line (issue 14)
     */
    public List<String> completeFacility(String query) {
        try {
            return facilities.suggest(query).stream().map(f -> f.beds() != null && f.beds() > 0
                    ? Messages.text("check.suggestion", f.code(), f.name(), f.address() == null ? "" : f.address(),
                            f.beds())
                    : Messages.text("check.suggestion.noBeds", f.code(), f.name(),
                            f.address() == null ? "" : f.address())).toList();
        } catch (DomainException e) {
            return List.of();
        }
    }

    /** Runs the check and shows the decision, or the error at the field it concerns. */
    public void check() {
        decision = null;
        receipt = null;
        idempotencyKey = UUID.randomUUID().toString();
        // an autocomplete pick is "code name"; anything else is the code as typed (spaces, hyphens, full-width
        // digits allowed, issue 12) and is read by the service
        String code = facilityCode == null ? "" : AUTOCOMPLETE_PICK.matcher(facilityCode.strip()).replaceFirst("$1");
        try {
            decision = eligibility.check(code, yjCode,
                    at == null ? null : at.atZone(ClockProducer.JAPAN).toInstant());
        } catch (DomainException e) {
            String field = "product".equals(e.field()) ? "check:product" : "check:facility";
            Messages.error(field, e);
        }
    }

    /**
     * Records the shipment of the checked product to the checked facility (LUN-DST-1). The idempotency key is
     * made once per check, so a double click records one shipment. A refusal shows the new decision.
     */
    public void ship() {
        if (decision == null) {
            return;
        }
        try {
            receipt = shipments.record(new ShipmentCommand(idempotencyKey, decision.facilityCode(), decision.yjCode(),
                    quantity == null ? 0 : quantity, blankToNull(orderReference),
                    patientChecklistId == null ? null : patientChecklistId.longValue()));
            Messages.info(Messages.text("ship.done", receipt.shipmentId()));
        } catch (ShipmentRefusedException e) {
            decision = e.decision();
            Messages.error(null, Messages.text("ship.refused", String.join(", ", e.decision().failingRequirements())));
        } catch (DomainException e) {
            String field = "quantity".equals(e.field()) ? "check:quantity"
                    : "patientChecklistId".equals(e.field()) ? "check:patientChecklistId" : null;
            Messages.error(field, e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** @return the quantity to ship */
    public Integer getQuantity() {
        return quantity;
    }

    /** @param quantity the quantity to ship */
    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    /** @return the patient's checklist a per-patient product's shipment names (issue 12), or {@code null} */
    public Integer getPatientChecklistId() {
        return patientChecklistId;
    }

    /** @param patientChecklistId the patient's checklist id, or {@code null} */
    public void setPatientChecklistId(Integer patientChecklistId) {
        this.patientChecklistId = patientChecklistId;
    }

    /** @return the order reference */
    public String getOrderReference() {
        return orderReference;
    }

    /** @param orderReference the order reference */
    public void setOrderReference(String orderReference) {
        this.orderReference = orderReference;
    }

    /** @return the last shipment recorded from this page, or {@code null} */
    public ShipmentReceipt getReceipt() {
        return receipt;
    }

    /** @return the product strengths */
    public List<ProductOption> getProducts() {
        if (products == null) {
            products = ProductOption.of(catalog.strengths());
        }
        return products;
    }

    /** @return the facility code */
    public String getFacilityCode() {
        return facilityCode;
    }

    /** @param facilityCode the facility code */
    public void setFacilityCode(String facilityCode) {
        this.facilityCode = facilityCode;
    }

    /** @return the YJ code */
    public String getYjCode() {
        return yjCode;
    }

    /** @param yjCode the YJ code */
    public void setYjCode(String yjCode) {
        this.yjCode = yjCode;
    }

    /** @return the at */
    public LocalDateTime getAt() {
        return at;
    }

    /** @param at the at */
    public void setAt(LocalDateTime at) {
        this.at = at;
    }

    /** @return the decision shown, or {@code null} */
    public DecisionDocument getDecision() {
        return decision;
    }
}
