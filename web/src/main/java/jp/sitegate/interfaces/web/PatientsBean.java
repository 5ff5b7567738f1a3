package jp.sitegate.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.sitegate.application.facility.FacilityQueryService;
import jp.sitegate.application.gate.ProductCatalog;
import jp.sitegate.application.shipment.PatientChecklistCommand;
import jp.sitegate.application.shipment.PatientChecklistService;
import jp.sitegate.application.view.AuthenticatedUser;
import jp.sitegate.application.view.FacilityViews;
import jp.sitegate.application.view.PatientChecklistView;
import jp.sitegate.domain.model.patient.PatientCriterion;
import jp.sitegate.domain.model.product.DistributionPolicy;
import jp.sitegate.domain.model.user.Role;
import jp.sitegate.domain.shared.DomainException;
import jp.sitegate.interfaces.security.CurrentUserBean;

/**
 * The facility's patients' checklists (issue 12, optimal-use guideline 5. 投与対象となる患者): the administrator
 * records, per patient, the treating physician's answers and the ECOG performance status; the facility and the
 * product's manufacturer tied to it read them. The same service methods as {@code /api/v1/facilities/{code}/
 * patient-checklists}, which authorise.
 */
@Named
@ViewScoped
public class PatientsBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private PatientChecklistService checklists;

    @Inject
    private FacilityQueryService facilities;

    @Inject
    private ProductCatalog catalog;

    private String code;
    private String facilityName;
    private List<PatientChecklistView> list = List.of();
    private List<FacilityViews.Physician> physicians = List.of();
    private List<ProductOption> products = List.of();
    private String product;
    private String registryId;
    private Long physicianId;
    private LocalDate assessedOn;
    private final Map<String, String> answers = new HashMap<>();
    private Integer ecogPs;

    /** Loads the facility named by the {@code code} view parameter (the administrator's own when absent). */
    public void load() {
        facilityName = null;
        AuthenticatedUser u = CurrentUserBean.current();
        if ((code == null || code.isBlank()) && u != null && u.has(Role.FACILITY_ADMIN)) {
            code = u.facilityCode();
        }
        if (code == null || code.isBlank()) {
            return;
        }
        try {
            list = new java.util.ArrayList<>(checklists.list(code.strip())); // sortable in place
            FacilityViews.Detail d = facilities.detail(code.strip());
            code = d.code();
            facilityName = d.name();
            if (isFacilityAdmin()) {
                physicians = facilities.physicians(code).stream().filter(p -> p.employedTo() == null).toList();
                products = ProductOption.of(catalog.strengths().stream()
                        .filter(c -> DistributionPolicy.PER_PATIENT.name().equals(c.distributionPolicy()))
                        .toList());
                if (product == null && !products.isEmpty()) {
                    product = products.get(0).yjCode();
                }
            }
        } catch (DomainException e) {
            Messages.error(null, e);
        }
    }

    /** Records the checklist; an error is shown at the field it names. */
    public void record() {
        Map<PatientCriterion, Boolean> a = new EnumMap<>(PatientCriterion.class);
        for (PatientCriterion c : PatientCriterion.values()) {
            String v = answers.get(c.field());
            if (v != null && !v.isBlank()) {
                a.put(c, Boolean.valueOf(v));
            }
        }
        try {
            PatientChecklistView v = checklists.record(code, new PatientChecklistCommand(product, registryId,
                    physicianId, assessedOn, a, ecogPs));
            Messages.info(Messages.text(v.candidate() ? "patients.recorded" : "patients.recordedNotCandidate",
                    v.id()));
            registryId = null;
            assessedOn = null;
            ecogPs = null;
            answers.clear();
            list = new java.util.ArrayList<>(checklists.list(code)); // sortable in place
        } catch (DomainException e) {
            Messages.error(e.field() == null ? null : "patient:" + e.field(), e);
        }
    }

    /** @return the items of the checklist in the guideline's order */
    public PatientCriterion[] getCriteria() {
        return PatientCriterion.values();
    }

    /** @return the ECOG performance status scores */
    public List<Integer> getEcogScores() {
        return List.of(0, 1, 2, 3, 4);
    }

    /** @return true for the facility's administrator, who records checklists */
    public boolean isFacilityAdmin() {
        AuthenticatedUser u = CurrentUserBean.current();
        return u != null && u.has(Role.FACILITY_ADMIN);
    }

    /** @return the facility code (view parameter) */
    public String getCode() {
        return code;
    }

    /** @param code the facility code (view parameter) */
    public void setCode(String code) {
        this.code = code;
    }

    /** @return the facility name, or {@code null} when not loaded */
    public String getFacilityName() {
        return facilityName;
    }

    /** @return the checklists, newest first */
    public List<PatientChecklistView> getList() {
        return list;
    }

    /** @return the physicians employed at the facility now */
    public List<FacilityViews.Physician> getPhysicians() {
        return physicians;
    }

    /** @return the products delivered per patient */
    public List<ProductOption> getProducts() {
        return products;
    }

    /** @return the chosen product's YJ code */
    public String getProduct() {
        return product;
    }

    /** @param product the chosen product's YJ code */
    public void setProduct(String product) {
        this.product = product;
    }

    /** @return the registry id */
    public String getRegistryId() {
        return registryId;
    }

    /** @param registryId the registry id */
    public void setRegistryId(String registryId) {
        this.registryId = registryId;
    }

    /** @return the treating physician's id */
    public Long getPhysicianId() {
        return physicianId;
    }

    /** @param physicianId the treating physician's id */
    public void setPhysicianId(Long physicianId) {
        this.physicianId = physicianId;
    }

    /** @return the day assessed */
    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    /** @param assessedOn the day assessed */
    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    /** @return each item's answer by field, {@code "true"}/{@code "false"} */
    public Map<String, String> getAnswers() {
        return answers;
    }

    /** @return the ECOG performance status */
    public Integer getEcogPs() {
        return ecogPs;
    }

    /** @param ecogPs the ECOG performance status */
    public void setEcogPs(Integer ecogPs) {
        this.ecogPs = ecogPs;
    }
}
