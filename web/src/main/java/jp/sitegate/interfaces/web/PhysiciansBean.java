package jp.sitegate.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.sitegate.application.facility.PhysicianService;
import jp.sitegate.application.view.AuthenticatedUser;
import jp.sitegate.application.view.FacilityViews;
import jp.sitegate.domain.model.user.Role;
import jp.sitegate.domain.shared.DomainException;
import jp.sitegate.interfaces.security.CurrentUserBean;

/**
 * The facility administrator's physicians: qualifications, employment (full-time, treatment lead, from/to) and
 * training per product, with the per-product checklist below so the effect of every change shows at once.
 */
@Named
@ViewScoped
public class PhysiciansBean extends FacilityScopedBean {
    private static final long serialVersionUID = 1L;

    @Inject
    private PhysicianService physicians;

    @Inject
    private Clock clock;

    private String facilityName;
    private List<FacilityViews.Physician> list = List.of();
    private List<ProductOption> products;
    private String name;
    private LocalDate licence;
    private Integer hematologyYears;
    private Integer chemotherapyYears;
    private Integer transplantYears;
    private Integer allogeneic;
    private boolean mrMeetings;
    private boolean safetyCooperation;
    private boolean fullTime = true;
    private boolean lead;
    private LocalDate employedFrom;
    private FacilityViews.Physician selected;
    private PhysicianForm edit = new PhysicianForm();
    private LocalDate lastDay;
    private String trainingYj;
    private LocalDate trainingDate;
    private String trainingCourse;
    private String registrationNumber;

    /** Loads the physicians of the facility named by the {@code code} view parameter. */
    public void load() {
        try {
            requireReadable();
            FacilityViews.Detail d = facilities.detail(code == null ? "" : code.strip());
            code = d.code();
            facilityName = d.name();
            list = new java.util.ArrayList<>(facilities.physicians(code)); // sortable in place
            refreshDecisions();
            employedFrom = employedFrom == null ? LocalDate.now(clock) : employedFrom;
        } catch (DomainException e) {
            facilityName = null;
            Messages.error(null, e);
        }
    }

    /** Registers a physician employed at the facility. */
    public void register() {
        if (!mayChange()) {
            return;
        }
        try {
            physicians.register(code, new PhysicianService.Qualifications(name, licence, hematologyYears,
                    chemotherapyYears, transplantYears, allogeneic, mrMeetings, safetyCooperation), registrationNumber,
                    fullTime, lead, employedFrom);
            registrationNumber = null;
            Messages.info(Messages.text("physicians.registered", name));
            name = null;
            licence = null;
            hematologyYears = null;
            chemotherapyYears = null;
            transplantYears = null;
            allogeneic = null;
            mrMeetings = false;
            safetyCooperation = false;
            lead = false;
            load();
        } catch (DomainException e) {
            Messages.error("physician:" + e.field(), e);
        }
    }

    /** @param p the physician whose employment or training is edited in the dialog */
    public void choose(FacilityViews.Physician p) {
        selected = p;
        edit = new PhysicianForm();
        edit.name = p.name();
        edit.licence = p.licenceRegisteredOn() == null ? null : LocalDate.parse(p.licenceRegisteredOn());
        edit.hematologyYears = p.hematologyTrainingYears();
        edit.chemotherapyYears = p.chemotherapyExperienceYears();
        edit.transplantYears = p.transplantTrainingYears();
        edit.allogeneic = p.allogeneicTransplants();
        edit.mrMeetings = p.attestsMrMeetings();
        edit.safetyCooperation = p.attestsSafetyCooperation();
        lastDay = LocalDate.now(clock);
        trainingDate = LocalDate.now(clock);
    }

    /** Saves the selected physician's qualifications; a concurrent change is reported, not overwritten. */
    public void saveQualifications() {
        if (!mayChange()) {
            return;
        }
        try {
            physicians.update(code, selected.id(), selected.version(), new PhysicianService.Qualifications(edit.name,
                    edit.licence, edit.hematologyYears, edit.chemotherapyYears, edit.transplantYears, edit.allogeneic,
                    edit.mrMeetings, edit.safetyCooperation));
            Messages.info(Messages.text("physicians.updated"));
            load();
        } catch (DomainException e) {
            Messages.error(null, e);
        }
    }

    /** @return the qualifications being edited in the dialog */
    public PhysicianForm getEdit() {
        return edit;
    }

    /** Editable qualifications of an existing physician. */
    public static class PhysicianForm implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private LocalDate licence;
        private Integer hematologyYears;
        private Integer chemotherapyYears;
        private Integer transplantYears;
        private Integer allogeneic;
        private boolean mrMeetings;
        private boolean safetyCooperation;

        /** @return the name */
        public String getName() {
            return name;
        }

        /** @param v the name */
        public void setName(String v) {
            name = v;
        }

        /** @return the licence date */
        public LocalDate getLicence() {
            return licence;
        }

        /** @param v the licence date */
        public void setLicence(LocalDate v) {
            licence = v;
        }

        /** @return haematology years */
        public Integer getHematologyYears() {
            return hematologyYears;
        }

        /** @param v haematology years */
        public void setHematologyYears(Integer v) {
            hematologyYears = v;
        }

        /** @return chemotherapy years */
        public Integer getChemotherapyYears() {
            return chemotherapyYears;
        }

        /** @param v chemotherapy years */
        public void setChemotherapyYears(Integer v) {
            chemotherapyYears = v;
        }

        /** @return transplant-training years */
        public Integer getTransplantYears() {
            return transplantYears;
        }

        /** @param v transplant-training years */
        public void setTransplantYears(Integer v) {
            transplantYears = v;
        }

        /** @return allogeneic transplants */
        public Integer getAllogeneic() {
            return allogeneic;
        }

        /** @param v allogeneic transplants */
        public void setAllogeneic(Integer v) {
            allogeneic = v;
        }

        /** @return the LUN-PHY-2 attestation */
        public boolean isMrMeetings() {
            return mrMeetings;
        }

        /** @param v the LUN-PHY-2 attestation */
        public void setMrMeetings(boolean v) {
            mrMeetings = v;
        }

        /** @return the LUN-PHY-3 attestation */
        public boolean isSafetyCooperation() {
            return safetyCooperation;
        }

        /** @param v the LUN-PHY-3 attestation */
        public void setSafetyCooperation(boolean v) {
            safetyCooperation = v;
        }
    }

    /** Ends the selected physician's employment. */
    public void endEmployment() {
        if (!mayChange()) {
            return;
        }
        try {
            physicians.endEmployment(code, selected.employmentId(), lastDay);
            Messages.info(Messages.text("physicians.ended"));
            load();
        } catch (DomainException e) {
            Messages.error(null, e);
        }
    }

    /**
     * Records the selected physician's training for a product: the product's manufacturer's MR or safety manager
     * (issue 11), the same service method as {@code POST …/physicians/{id}/trainings}.
     */
    public void recordTraining() {
        try {
            physicians.recordTraining(code, selected.id(), trainingYj, trainingDate, trainingCourse);
            Messages.info(Messages.text("physicians.trained"));
            load();
        } catch (DomainException e) {
            Messages.error(null, e);
        }
    }

    /** @return one strength per product of the signed-in manufacturer's company (whose training it records) */
    public List<ProductOption> getProducts() {
        if (products == null) {
            AuthenticatedUser u = CurrentUserBean.current();
            products = ProductOption.of(catalog.strengthPerProduct().stream()
                    .filter(c -> u != null && u.belongsTo(c.manufacturerId())).toList());
        }
        return products;
    }

    /** @return true for the facility's administrator, who edits qualifications and employment */
    public boolean isFacilityAdmin() {
        AuthenticatedUser u = CurrentUserBean.current();
        return u != null && u.has(Role.FACILITY_ADMIN);
    }

    /** @return true for a manufacturer's MR or safety manager, who records its training (ABE-PHY-TRN) */
    public boolean isManufacturerStaff() {
        AuthenticatedUser u = CurrentUserBean.current();
        return u != null && (u.has(Role.MR) || u.has(Role.SAFETY_MANAGER));
    }

    /** @return the course of the training to record */
    public String getTrainingCourse() {
        return trainingCourse;
    }

    /** @param v the course */
    public void setTrainingCourse(String v) {
        this.trainingCourse = v;
    }



    /** @return the facility name, or {@code null} when unknown */
    public String getFacilityName() {
        return facilityName;
    }

    /** @return the physicians */
    public List<FacilityViews.Physician> getList() {
        return list;
    }


    /** @return the new physician's name */
    public String getName() {
        return name;
    }

    /** @param name the new physician's name */
    public void setName(String name) {
        this.name = name;
    }

    /** @return the licence registration date */
    public LocalDate getLicence() {
        return licence;
    }

    /** @param licence the licence registration date */
    public void setLicence(LocalDate licence) {
        this.licence = licence;
    }

    /** @return years of haematological-malignancy training */
    public Integer getHematologyYears() {
        return hematologyYears;
    }

    /** @param v years of haematological-malignancy training */
    public void setHematologyYears(Integer v) {
        this.hematologyYears = v;
    }

    /** @return years of chemotherapy experience */
    public Integer getChemotherapyYears() {
        return chemotherapyYears;
    }

    /** @param v years of chemotherapy experience */
    public void setChemotherapyYears(Integer v) {
        this.chemotherapyYears = v;
    }

    /** @return years of transplant training */
    public Integer getTransplantYears() {
        return transplantYears;
    }

    /** @param v years of transplant training */
    public void setTransplantYears(Integer v) {
        this.transplantYears = v;
    }

    /** @return allogeneic transplants */
    public Integer getAllogeneic() {
        return allogeneic;
    }

    /** @param v allogeneic transplants */
    public void setAllogeneic(Integer v) {
        this.allogeneic = v;
    }

    /** @return the LUN-PHY-2 attestation */
    public boolean isMrMeetings() {
        return mrMeetings;
    }

    /** @param v the LUN-PHY-2 attestation */
    public void setMrMeetings(boolean v) {
        this.mrMeetings = v;
    }

    /** @return the LUN-PHY-3 attestation */
    public boolean isSafetyCooperation() {
        return safetyCooperation;
    }

    /** @param v the LUN-PHY-3 attestation */
    public void setSafetyCooperation(boolean v) {
        this.safetyCooperation = v;
    }

    /** @return full-time */
    public boolean isFullTime() {
        return fullTime;
    }

    /** @param v full-time */
    public void setFullTime(boolean v) {
        this.fullTime = v;
    }

    /** @return treatment lead */
    public boolean isLead() {
        return lead;
    }

    /** @param v treatment lead */
    public void setLead(boolean v) {
        this.lead = v;
    }

    /** @return first day of employment */
    public LocalDate getEmployedFrom() {
        return employedFrom;
    }

    /** @param v first day of employment */
    public void setEmployedFrom(LocalDate v) {
        this.employedFrom = v;
    }

    /** @return the physician chosen in the dialog */
    public FacilityViews.Physician getSelected() {
        return selected;
    }

    /** @return the last day of the employment being ended */
    public LocalDate getLastDay() {
        return lastDay;
    }

    /** @param v the last day of the employment being ended */
    public void setLastDay(LocalDate v) {
        this.lastDay = v;
    }

    /** @return the product of the training being recorded */
    public String getTrainingYj() {
        return trainingYj;
    }

    /** @param v the product of the training being recorded */
    public void setTrainingYj(String v) {
        this.trainingYj = v;
    }

    /** @return the completion date of the training being recorded */
    public LocalDate getTrainingDate() {
        return trainingDate;
    }

    /** @param v the completion date of the training being recorded */
    public void setTrainingDate(LocalDate v) {
        this.trainingDate = v;
    }

    /** @return the 医籍登録番号 typed for a new physician */
    public String getRegistrationNumber() {
        return registrationNumber;
    }

    /** @param v the 医籍登録番号 */
    public void setRegistrationNumber(String v) {
        this.registrationNumber = v;
    }
}
