package jp.sitegate.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.sitegate.application.facility.FacilityProfileService;
import jp.sitegate.application.facility.PartnershipService;
import jp.sitegate.application.view.FacilityViews;
import jp.sitegate.domain.model.facility.Capability;
import jp.sitegate.domain.model.facility.PartnerCoverage;
import jp.sitegate.domain.model.facility.TransplantCategory;
import jp.sitegate.domain.shared.DomainException;

/**
 * A facility's page for its administrator and its MR: profile and declared capabilities (editable), ICU filings
 * and partners, and per product the decision with what is still missing.
 */
@Named
@ViewScoped
public class FacilityPageBean extends FacilityScopedBean {
    private static final long serialVersionUID = 1L;

    @Inject
    private FacilityProfileService profiles;

    @Inject
    private LocaleBean locale;

    @Inject
    private PartnershipService partnerships;

    @Inject
    private java.time.Clock clock;

    @Inject
    private jp.sitegate.application.facility.DeclarationService declarationService;

    private List<jp.sitegate.application.view.DeclarationView> declarations = List.of();
    private Long decidingId;
    private String decision = "CONFIRMED";
    private java.time.LocalDate seenOn;
    private String note;
    private transient org.primefaces.model.file.UploadedFile evidence;

    private String partnerCode;
    private List<FacilityViews.Partner> partnerRequests;
    private List<String> partnerCoverage = new java.util.ArrayList<>();
    private java.time.LocalDate partnerFrom;

    private FacilityViews.Detail detail;
    private List<FacilityViews.BriefingView> briefings = List.of();
    private List<FacilityViews.Filing> filings = List.of();
    private List<FacilityViews.Partner> partners = List.of();
    private final Map<String, String> capabilities = new LinkedHashMap<>();
    private String icuEquivalent;
    private String transplantCategory;

    /** Loads the facility named by the {@code code} view parameter. */
    public void load() {
        detail = null;
        if (code == null || code.isBlank()) {
            return;
        }
        try {
            requireReadable();
            detail = facilities.detail(code.strip());
            code = detail.code();
            refreshDecisions();
            // mutable copies: the tables sort them in place (issue 14)
            briefings = new java.util.ArrayList<>(facilities.briefings(code));
            filings = new java.util.ArrayList<>(detail.icuFilings());
            partners = new java.util.ArrayList<>(detail.partners());
            capabilities.clear();
            detail.capabilities().forEach((k, v) -> capabilities.put(k, v == null ? "" : v.toString()));
            icuEquivalent = detail.icuEquivalentDeclared() == null ? "" : detail.icuEquivalentDeclared().toString();
            transplantCategory = detail.transplantCategory() == null ? "" : detail.transplantCategory();
            loadDeclarations();
        } catch (DomainException e) {
            Messages.error(null, e);
        }
    }

    private void loadDeclarations() {
        try {
            declarations = new java.util.ArrayList<>(declarationService.ofFacility(code));
        } catch (jp.sitegate.domain.shared.ForbiddenException e) {
            // the facility's administrator and tied manufacturers' staff see declarations (issue 11)
            declarations = List.of();
        }
    }

    /** @return the facility's declarations in force with the manufacturers' decisions (issue 11) */
    public List<jp.sitegate.application.view.DeclarationView> getDeclarations() {
        return declarations;
    }

    /**
     * @param d a declaration
     * @param english whether the reader reads English
     * @return its value for the reader (あり / なし / the category's name / the physician's summary)
     */
    public String valueOf(jp.sitegate.application.view.DeclarationView d, boolean english) {
        if (jp.sitegate.domain.model.declaration.DeclaredFact.TRANSPLANT_CATEGORY.equals(d.fact())) {
            return Messages.text("category." + d.value());
        }
        return english ? FacilityProfileService.valueEn(d.value()) : FacilityProfileService.valueJa(d.value());
    }

    /**
     * @param d       a declaration
     * @param english whether the reader reads English
     * @return the manufacturers' decisions on it as the table shows them, one per line ("確認済み（…） 組織 · 判断者 ·
     *         確認した日 · 訪問メモ · 確認資料"), or 確認待ち: the exports' text of that column (issue 14)
     */
    public String decisionsText(jp.sitegate.application.view.DeclarationView d, boolean english) {
        if (d.confirmations().isEmpty()) {
            return Messages.text("declarations.none");
        }
        DateFormats dates = new DateFormats();
        return String.join("\n", d.confirmations().stream().map(c -> Messages.text("declarations.decision."
                + c.decision()) + " " + c.organisationName() + " · " + c.decidedBy() + " · "
                + dates.format(c.seenOn(), english)
                + (c.note() == null ? "" : " · " + Messages.text("declarations.visitNote") + ": " + c.note())
                + (c.documentName() == null ? "" : " · " + Messages.text("declarations.document") + ": "
                        + c.documentName())).toList());
    }

    /**
     * @param pt a partnership
     * @return its agreement as the table shows it — awaiting, accepted by the partner or confirmed by a manufacturer,
     *         with who did it: the exports' text of that column (issue 14)
     */
    public String agreementText(FacilityViews.Partner pt) {
        if (!pt.agreed()) {
            return Messages.text("partners.awaiting");
        }
        return pt.acceptedBy() != null ? Messages.text("partners.acceptedBy") + " (" + pt.acceptedBy() + ")"
                : Messages.text("partners.confirmedBy") + " (" + pt.confirmedBy() + ")";
    }

    /**
     * @param coverage what a partnership covers (ICU_CARE, …)
     * @return it in the page's words, e.g. ICUでの管理、入院管理: the exports' text of the coverage column
     */
    public String coverageText(List<String> coverage) {
        return String.join(Messages.english() ? ", " : "、",
                coverage.stream().map(c -> Messages.text("coverage." + c)).toList());
    }

    /**
     * Opens the confirmation dialog for a declaration: today as the day seen, no note, no file.
     *
     * @param d the declaration
     */
    public void startDecision(jp.sitegate.application.view.DeclarationView d) {
        decidingId = d.id();
        decision = "CONFIRMED";
        seenOn = java.time.LocalDate.now(clock);
        note = null;
        evidence = null;
    }

    /**
     * The MR's or safety manager's decision about the declaration being decided, with the uploaded document and/or
     * note (same service as {@code POST …/declarations/{id}/confirmation}).
     */
    public void decide() {
        if (decidingId == null) {
            return;
        }
        try {
            byte[] bytes = evidence == null || evidence.getSize() == 0 ? null : evidence.getContent();
            declarationService.decide(code, decidingId, decision, seenOn, note,
                    evidence == null ? null : evidence.getFileName(), bytes);
            Messages.info(Messages.text("CONFIRMED".equals(decision) ? "declarations.confirmed"
                    : "declarations.rejected"));
            decidingId = null;
            load();
        } catch (DomainException e) {
            Messages.error(null, e);
        }
    }

    /** @return today (Japan): the latest day the evidence can have been seen */
    public java.time.LocalDate getToday() {
        return java.time.LocalDate.now(clock);
    }

    /** @return the declaration being decided, or {@code null} */
    public Long getDecidingId() {
        return decidingId;
    }

    /** @return CONFIRMED or REJECTED */
    public String getDecision() {
        return decision;
    }

    /** @param v CONFIRMED or REJECTED */
    public void setDecision(String v) {
        decision = v;
    }

    /** @return the day the evidence was seen */
    public java.time.LocalDate getSeenOn() {
        return seenOn;
    }

    /** @param v the day the evidence was seen */
    public void setSeenOn(java.time.LocalDate v) {
        seenOn = v;
    }

    /** @return the site-visit note */
    public String getNote() {
        return note;
    }

    /** @param v the site-visit note */
    public void setNote(String v) {
        note = v;
    }

    /** @return the uploaded document */
    public org.primefaces.model.file.UploadedFile getEvidence() {
        return evidence;
    }

    /** @param v the uploaded document */
    public void setEvidence(org.primefaces.model.file.UploadedFile v) {
        evidence = v;
    }

    /** Saves the declarations; a concurrent change is reported, not overwritten. */
    public void save() {
        if (!mayChange()) {
            return;
        }
        Map<Capability, Boolean> caps = new EnumMap<>(Capability.class);
        capabilities.forEach((k, v) -> caps.put(Capability.valueOf(k), triState(v)));
        try {
            detail = profiles.declare(code, detail.version(), caps, triState(icuEquivalent), null,
                    transplantCategory == null || transplantCategory.isBlank() ? null
                            : TransplantCategory.valueOf(transplantCategory));
            refreshDecisions();
            Messages.info(Messages.text("facility.saved"));
        } catch (DomainException e) {
            Messages.error(null, e);
        }
    }

    /** Adds a partner facility with what the partnership covers. */
    public void addPartner() {
        if (!mayChange()) {
            return;
        }
        try {
            java.util.Set<PartnerCoverage> cov = java.util.EnumSet.noneOf(PartnerCoverage.class);
            partnerCoverage.forEach(c -> cov.add(PartnerCoverage.valueOf(c)));
            partnerships.add(code, partnerCode == null ? "" : partnerCode.strip(), cov,
                    partnerFrom == null ? java.time.LocalDate.now(clock) : partnerFrom);
            Messages.info(Messages.text("partners.added"));
            partnerCode = null;
            partnerCoverage = new java.util.ArrayList<>();
            load();
        } catch (DomainException e) {
            Messages.error("partners:" + ("partnerCode".equals(e.field()) ? "partnerCode" : "coverage"), e);
        }
    }

    /**
     * Ends a partnership today.
     *
     * @param partner the partnership
     */
    public void endPartner(FacilityViews.Partner partner) {
        if (!mayChange()) {
            return;
        }
        try {
            partnerships.end(code, partner.id(), java.time.LocalDate.now(clock));
            Messages.info(Messages.text("partners.ended"));
            load();
        } catch (DomainException e) {
            Messages.error(null, e);
        }
    }

    /**
     * @return partnerships other facilities entered naming this one (連携の依頼, issue 11): for this facility's
     *         administrator; empty for anyone else
     */
    public List<FacilityViews.Partner> getPartnerRequests() {
        if (partnerRequests == null) {
            partnerRequests = List.of();
            var u = jp.sitegate.interfaces.security.CurrentUserBean.current();
            if (u != null && u.has(jp.sitegate.domain.model.user.Role.FACILITY_ADMIN) && detail != null) {
                try {
                    partnerRequests = new java.util.ArrayList<>(partnerships.requestsTo(detail.code()));
                } catch (DomainException e) {
                    Messages.error(null, e);
                }
            }
        }
        return partnerRequests;
    }

    /**
     * The partner's administrator accepts a partnership another facility entered (same service as
     * {@code POST …/partner-requests/{id}/acceptance}).
     *
     * @param request the request as listed
     */
    public void acceptPartner(FacilityViews.Partner request) {
        try {
            partnerships.accept(code, request.id());
            Messages.info(Messages.text("partners.accepted", request.facilityName()));
        } catch (DomainException e) {
            Messages.error(null, e);
        }
        partnerRequests = null;
    }

    /**
     * A manufacturer's MR or safety manager confirms, as seen today, the signed agreement of a partnership (same
     * service as {@code POST …/partnerships/{id}/document-confirmation}).
     *
     * @param partner the partnership as listed
     */
    public void confirmPartnerDocument(FacilityViews.Partner partner) {
        try {
            partnerships.confirmDocument(code, partner.id(), java.time.LocalDate.now(clock));
            Messages.info(Messages.text("partners.documentConfirmed", partner.name()));
            load();
        } catch (DomainException e) {
            Messages.error(null, e);
        }
    }

    /** @return true for a manufacturer's MR or safety manager (who may confirm partnership documents) */
    public boolean isManufacturerStaff() {
        var u = jp.sitegate.interfaces.security.CurrentUserBean.current();
        return u != null && (u.has(jp.sitegate.domain.model.user.Role.MR)
                || u.has(jp.sitegate.domain.model.user.Role.SAFETY_MANAGER));
    }

    /** @return the coverages a partnership may have */
    public PartnerCoverage[] getCoverages() {
        return PartnerCoverage.values();
    }

    /** @return the new partner's code */
    public String getPartnerCode() {
        return partnerCode;
    }

    /** @param v the new partner's code */
    public void setPartnerCode(String v) {
        this.partnerCode = v;
    }

    /** @return the new partnership's coverage (names) */
    public List<String> getPartnerCoverage() {
        return partnerCoverage;
    }

    /** @param v the new partnership's coverage (names) */
    public void setPartnerCoverage(List<String> v) {
        this.partnerCoverage = v;
    }

    /** @return the first day of the new partnership */
    public java.time.LocalDate getPartnerFrom() {
        return partnerFrom;
    }

    /** @param v the first day of the new partnership */
    public void setPartnerFrom(java.time.LocalDate v) {
        this.partnerFrom = v;
    }

    private static Boolean triState(String v) {
        return v == null || v.isBlank() ? null : Boolean.valueOf(v);
    }

    /** @return the capability names in display order */
    public List<String> getCapabilityNames() {
        return List.copyOf(capabilities.keySet());
    }

    /**
     * @param name capability name
     * @return its label in the user's language
     */
    public String capabilityLabel(String name) {
        Capability c = Capability.valueOf(name);
        return locale.isEnglish() ? c.labelEn() : c.labelJa();
    }

    @Inject
    private jp.sitegate.application.gate.ProductCatalog catalog;

    /** The page's tabs (issue 14), in order; the first is the default. */
    static final List<String> TABS = List.of("status", "briefings", "icu", "partners", "declarations");
    private String tab = TABS.get(0);

    /** @return the tab shown: status, briefings, icu, partners or declarations */
    public String getTab() {
        return tab;
    }

    /** @param v the tab asked for ({@code ?tab=}); anything else shows the status tab */
    public void setTab(String v) {
        tab = TABS.contains(v) ? v : TABS.get(0);
    }

    /** @return the tab's index in the tab menu */
    public int getTabIndex() {
        return TABS.indexOf(tab);
    }

    private java.util.Map<String, java.util.SortedSet<String>> readers;

    /**
     * The help text next to a declaration (issue 14): which requirements of the profiles in force read it.
     *
     * @param fact {@code CAPABILITY:<name>}, {@code ICU_EQUIVALENT} or {@code TRANSPLANT_CATEGORY}
     * @return e.g. 「この申告を読む要件: LUN-FAC-2、IMD-FAC-3（製造販売業者の確認後に数えます）」, or that none reads it
     */
    public String readBy(String fact) {
        if (readers == null) {
            readers = catalog.readers(java.time.LocalDate.now(clock));
        }
        java.util.SortedSet<String> ids = readers.get(fact);
        return ids == null ? Messages.text("declarations.readByNone")
                : Messages.text("declarations.readBy", String.join(locale.isEnglish() ? ", " : "、", ids));
    }

    /** @return the JSTCT categories */
    public TransplantCategory[] getTransplantCategories() {
        return TransplantCategory.values();
    }



    /** @return the facility, or {@code null} */
    public FacilityViews.Detail getDetail() {
        return detail;
    }

    /** @return the facility's briefings, newest first until the table sorts them */
    public List<FacilityViews.BriefingView> getBriefings() {
        return briefings;
    }

    /** @return the facility's partner facilities (連携施設), as the detail lists them until the table sorts them */
    public List<FacilityViews.Partner> getPartners() {
        return partners;
    }

    /** @return the facility's ICU filings (A301), as the detail lists them until the table sorts them */
    public List<FacilityViews.Filing> getFilings() {
        return filings;
    }


    /** @return capability name → "true", "false" or "" (undeclared), editable */
    public Map<String, String> getCapabilities() {
        return capabilities;
    }

    /** @return "true", "false" or "" */
    public String getIcuEquivalent() {
        return icuEquivalent;
    }

    /** @param icuEquivalent "true", "false" or "" */
    public void setIcuEquivalent(String icuEquivalent) {
        this.icuEquivalent = icuEquivalent;
    }

    /** @return the JSTCT category name or "" */
    public String getTransplantCategory() {
        return transplantCategory;
    }

    /** @param transplantCategory the JSTCT category name or "" */
    public void setTransplantCategory(String transplantCategory) {
        this.transplantCategory = transplantCategory;
    }
}
