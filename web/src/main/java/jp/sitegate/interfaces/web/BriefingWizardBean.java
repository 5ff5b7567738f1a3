package jp.sitegate.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import jp.sitegate.application.briefing.BriefingCommand;
import jp.sitegate.application.briefing.BriefingService;
import jp.sitegate.application.facility.FacilityQueryService;
import jp.sitegate.application.view.FacilityViews;
import jp.sitegate.domain.model.briefing.AttendeeRole;
import jp.sitegate.domain.model.briefing.BriefingMaterial;
import jp.sitegate.domain.model.briefing.BriefingMode;
import jp.sitegate.domain.model.briefing.BriefingRequest;
import jp.sitegate.domain.model.briefing.VisitRestrictionKind;
import jp.sitegate.domain.shared.DomainException;
import jp.sitegate.interfaces.security.CurrentUserBean;
import org.primefaces.event.FlowEvent;

/**
 * The MR's briefing wizard (事前説明, LUN-BRF-1..4): product, date and mode (online only with the facility's visit
 * restriction), attendees by role, materials and requests; before saving it shows which briefing requirements the
 * briefing satisfies and what is missing. An incomplete briefing is saved and marked, never refused.
 */
@Named
@ViewScoped
public class BriefingWizardBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private BriefingService briefings;

    @Inject
    private FacilityQueryService facilities;


    @Inject
    private Clock clock;

    private String code;
    private String facilityName;
    private String yjCode;
    private LocalDate briefedOn;
    private String mode = BriefingMode.IN_PERSON.name();
    private String visitRestriction;
    private String restrictionKind;
    private LocalDate restrictionSince;
    private final Map<String, Object> attendees = new java.util.LinkedHashMap<>();
    private List<String> materials = new ArrayList<>();
    private List<String> requests = new ArrayList<>();
    private FacilityViews.BriefingView preview;
    private List<ProductOption> products;

    /** Loads the facility named by the {@code code} view parameter. */
    public void load() {
        briefedOn = LocalDate.now(clock);
        for (AttendeeRole r : AttendeeRole.values()) {
            attendees.putIfAbsent(r.name(), 0);
        }
        try {
            briefings.requireRecorder(code == null ? "" : code.strip());
            FacilityViews.Detail d = facilities.detail(code == null ? "" : code.strip());
            code = d.code();
            facilityName = d.name();
        } catch (DomainException e) {
            facilityName = null;
            Messages.error(null, e);
        }
    }

    /**
     * Moves between wizard steps; entering the last step computes the preview.
     *
     * @param event the step change
     * @return the step to show
     */
    public String onFlow(FlowEvent event) {
        if ("confirm".equals(event.getNewStep())) {
            try {
                preview = briefings.preview(command());
            } catch (DomainException e) {
                Messages.error(null, e);
                return event.getOldStep();
            }
        }
        return event.getNewStep();
    }

    /**
     * Saves the briefing and opens the facility page with its gap checklist.
     *
     * @throws IOException when the redirect fails
     */
    public void save() throws IOException {
        try {
            FacilityViews.BriefingView saved = briefings.record(command());
            jakarta.faces.context.ExternalContext ctx = jakarta.faces.context.FacesContext.getCurrentInstance()
                    .getExternalContext();
            ctx.getFlash().setKeepMessages(true);
            Messages.info(Messages.text(saved.complete() ? "briefing.savedComplete" : "briefing.savedIncomplete"));
            ctx.redirect(ctx.getRequestContextPath() + "/facility/home.xhtml?code=" + code);
        } catch (DomainException e) {
            Messages.error(null, e);
        }
    }

    private BriefingCommand command() {
        Map<AttendeeRole, Integer> roles = new EnumMap<>(AttendeeRole.class);
        attendees.forEach((k, v) -> roles.put(AttendeeRole.valueOf(k), count(v)));
        EnumSet<BriefingMaterial> mats = EnumSet.noneOf(BriefingMaterial.class);
        materials.forEach(m -> mats.add(BriefingMaterial.valueOf(m)));
        EnumSet<BriefingRequest> reqs = EnumSet.noneOf(BriefingRequest.class);
        requests.forEach(r -> reqs.add(BriefingRequest.valueOf(r)));
        return new BriefingCommand(code, yjCode, briefedOn, mode == null ? null : BriefingMode.valueOf(mode),
                visitRestriction, roles, mats, reqs, restrictionKind == null || restrictionKind.isBlank() ? null
                        : VisitRestrictionKind.valueOf(restrictionKind), restrictionSince);
    }

    /** EL writes map entries untyped: a spinner's value may arrive as text. */
    private static int count(Object v) {
        if (v instanceof Number n) {
            return n.intValue();
        }
        try {
            return v == null || v.toString().isBlank() ? 0 : Integer.parseInt(v.toString().strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** @return the product strengths */
    public List<ProductOption> getProducts() {
        if (products == null) {
            products = ProductOption.of(briefings.recordableStrengths());
        }
        return products;
    }

    /** @return the materials an MR may hand over */
    public BriefingMaterial[] getAllMaterials() {
        return BriefingMaterial.values();
    }

    /** @return the requests an MR may convey */
    public BriefingRequest[] getAllRequests() {
        return BriefingRequest.values();
    }

    /** @return the attendee roles */
    public AttendeeRole[] getRoles() {
        return AttendeeRole.values();
    }

    /** @return the facility code (view parameter) */
    public String getCode() {
        return code;
    }

    /** @param code the facility code (view parameter) */
    public void setCode(String code) {
        this.code = code;
    }

    /** @return the facility name, or {@code null} when the code is unknown */
    public String getFacilityName() {
        return facilityName;
    }

    /** @return the product's YJ code */
    public String getYjCode() {
        return yjCode;
    }

    /** @param yjCode the product's YJ code (also a view parameter, for the IMD-COM-1 shortcut) */
    public void setYjCode(String yjCode) {
        this.yjCode = yjCode;
    }

    /** @return the signed-in MR, who is the MR on the briefing (issue 10: no free-text name) */
    public String getMrName() {
        var u = CurrentUserBean.current();
        return u == null ? "" : u.displayName() + "（" + u.organisation() + "）";
    }

    /** @return the briefing date */
    public LocalDate getBriefedOn() {
        return briefedOn;
    }

    /** @param briefedOn the briefing date */
    public void setBriefedOn(LocalDate briefedOn) {
        this.briefedOn = briefedOn;
    }

    /** @return IN_PERSON or ONLINE */
    public String getMode() {
        return mode;
    }

    /** @param mode IN_PERSON or ONLINE */
    public void setMode(String mode) {
        this.mode = mode;
    }

    /** @return the facility's visit restriction (reason for an online briefing) */
    public String getVisitRestriction() {
        return visitRestriction;
    }

    /** @param visitRestriction the facility's visit restriction */
    public void setVisitRestriction(String visitRestriction) {
        this.visitRestriction = visitRestriction;
    }

    /** @return role name → attendees, editable */
    public Map<String, Object> getAttendees() {
        return attendees;
    }

    /** @return materials handed over (names) */
    public List<String> getMaterials() {
        return materials;
    }

    /** @param materials materials handed over (names) */
    public void setMaterials(List<String> materials) {
        this.materials = materials;
    }

    /** @return requests conveyed (names) */
    public List<String> getRequests() {
        return requests;
    }

    /** @param requests requests conveyed (names) */
    public void setRequests(List<String> requests) {
        this.requests = requests;
    }

    /** @return the preview computed on entering the last step */
    public FacilityViews.BriefingView getPreview() {
        return preview;
    }

    /** @return the kinds of visit restriction (LUN-BRF-2) */
    public VisitRestrictionKind[] getRestrictionKinds() {
        return VisitRestrictionKind.values();
    }

    /** @return the chosen kind's name, or "" for none */
    public String getRestrictionKind() {
        return restrictionKind;
    }

    /** @param v a kind's name, or "" */
    public void setRestrictionKind(String v) {
        this.restrictionKind = v;
    }

    /** @return since when the facility restricts visits */
    public LocalDate getRestrictionSince() {
        return restrictionSince;
    }

    /** @param v since when */
    public void setRestrictionSince(LocalDate v) {
        this.restrictionSince = v;
    }
}
