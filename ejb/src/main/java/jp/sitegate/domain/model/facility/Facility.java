package jp.sitegate.domain.model.facility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A facility (医療機関), identified by its {@link MedicalInstitutionCode}. Holds what the bureau lists say
 * (name, address, beds) and what the facility declares (ICU-equivalent equipment, JSTCT category,
 * capabilities, each tri-state: {@code null} means not declared yet).
 */
@Entity
@Table(name = "facility")
@NamedQuery(name = "Facility.byCode", query = "SELECT f FROM Facility f WHERE f.code = :code")
@NamedQuery(name = "Facility.byCodes", query = "SELECT f FROM Facility f WHERE f.code IN :codes")
@NamedQuery(name = "Facility.byPrefecture", query = "SELECT f FROM Facility f WHERE f.prefectureCode = :pref")
public class Facility {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, updatable = false, length = 10)
    private MedicalInstitutionCode code;

    @Column(nullable = false)
    private String name;

    @Column(name = "postal_code")
    private String postalCode;

    private String address;

    @Column(name = "prefecture_code", nullable = false)
    private String prefectureCode;

    @Column(name = "beds_text")
    private String bedsText;

    @Column(name = "beds_total")
    private Integer bedsTotal;

    @Column(name = "icu_equivalent_declared")
    private Boolean icuEquivalentDeclared;

    @Column(name = "icu_equivalent_confirmed_by")
    private String icuEquivalentConfirmedBy;

    /** The manufacturer whose MR or safety manager confirmed the ICU-equivalent declaration (issue 11). */
    @Column(name = "icu_equivalent_confirmed_org")
    private Long icuEquivalentConfirmedOrg;

    /** The day the confirmer saw the equipment or its evidence (issue 11). */
    @Column(name = "icu_equivalent_seen_on")
    private java.time.LocalDate icuEquivalentSeenOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "transplant_category")
    private TransplantCategory transplantCategory;

    @Column(name = "contact_24h")
    private Boolean contact24h;
    @Column(name = "care_24h")
    private Boolean care24h;
    @Column(name = "same_day_lab_results")
    private Boolean sameDayLabResults;
    @Column(name = "apheresis_team")
    private Boolean apheresisTeam;
    @Column(name = "apheresis_monitoring")
    private Boolean apheresisMonitoring;
    @Column(name = "registry_pms")
    private Boolean registryPms;
    @Column(name = "information_manager")
    private Boolean informationManager;
    @Column(name = "team_care")
    private Boolean teamCare;
    @Column(name = "specialist_support")
    private Boolean specialistSupport;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Facility() {
    }

    /**
     * @param code           the medical institution code
     * @param name           name as listed (not blank)
     * @param now            creation moment
     */
    public Facility(MedicalInstitutionCode code, String name, Instant now) {
        this.code = Objects.requireNonNull(code, "code");
        this.prefectureCode = code.prefectureCode();
        rename(name);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Updates what a bureau list says about the facility.
     *
     * @param name       listed name
     * @param postalCode postal code or {@code null}
     * @param address    address or {@code null}
     * @param bedsText   病床数 as listed or {@code null}
     * @param bedsTotal  total beds parsed from {@code bedsText}, or {@code null} when it has no number
     * @param now        moment of the change
     * @return true when anything changed
     */
    public boolean updateListing(String name, String postalCode, String address, String bedsText, Integer bedsTotal,
            Instant now) {
        boolean changed = !Objects.equals(this.name, name) || !Objects.equals(this.postalCode, postalCode)
                || !Objects.equals(this.address, address) || !Objects.equals(this.bedsText, bedsText)
                || !Objects.equals(this.bedsTotal, bedsTotal);
        if (changed) {
            rename(name);
            this.postalCode = postalCode;
            this.address = address;
            this.bedsText = bedsText;
            this.bedsTotal = bedsTotal;
            this.updatedAt = now;
        }
        return changed;
    }

    private void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("facility name must not be blank");
        }
        this.name = newName.strip();
    }

    /**
     * Records the facility's declaration of a capability.
     *
     * @param capability the capability
     * @param available  {@code true}/{@code false}, or {@code null} to withdraw the declaration
     * @param now        moment of the change
     */
    public void declareCapability(Capability capability, Boolean available, Instant now) {
        switch (capability) {
            case CONTACT_24H -> contact24h = available;
            case CARE_24H -> care24h = available;
            case SAME_DAY_LAB_RESULTS -> sameDayLabResults = available;
            case APHERESIS_TEAM -> apheresisTeam = available;
            case APHERESIS_MONITORING -> apheresisMonitoring = available;
            case REGISTRY_PMS -> registryPms = available;
            case INFORMATION_MANAGER -> informationManager = available;
            case TEAM_CARE -> teamCare = available;
            case SPECIALIST_SUPPORT -> specialistSupport = available;
            default -> throw new IllegalArgumentException(capability.name());
        }
        this.updatedAt = now;
    }

    /** @return every capability with its declaration ({@code null} = not declared) */
    public Map<Capability, Boolean> capabilities() {
        Map<Capability, Boolean> m = new EnumMap<>(Capability.class);
        m.put(Capability.CONTACT_24H, contact24h);
        m.put(Capability.CARE_24H, care24h);
        m.put(Capability.SAME_DAY_LAB_RESULTS, sameDayLabResults);
        m.put(Capability.APHERESIS_TEAM, apheresisTeam);
        m.put(Capability.APHERESIS_MONITORING, apheresisMonitoring);
        m.put(Capability.REGISTRY_PMS, registryPms);
        m.put(Capability.INFORMATION_MANAGER, informationManager);
        m.put(Capability.TEAM_CARE, teamCare);
        m.put(Capability.SPECIALIST_SUPPORT, specialistSupport);
        return m;
    }

    /**
     * The facility declares (or withdraws) ICU-equivalent equipment. A changed declaration is a new, unconfirmed one
     * (issue 11): the manufacturer's confirmation of the earlier value no longer stands.
     *
     * @param declared true, false, or {@code null} when undeclared
     * @param now      moment of the change
     */
    public void declareIcuEquivalent(Boolean declared, Instant now) {
        if (!java.util.Objects.equals(declared, icuEquivalentDeclared)) {
            this.icuEquivalentConfirmedBy = null;
            this.icuEquivalentConfirmedOrg = null;
            this.icuEquivalentSeenOn = null;
        }
        this.icuEquivalentDeclared = declared;
        this.updatedAt = now;
    }

    /**
     * A manufacturer's MR or safety manager confirms the ICU-equivalent declaration (REQUIREMENTS.md §8).
     *
     * @param by           who (shown name and user name)
     * @param organisation the manufacturer
     * @param seenOn       the day the equipment or its evidence was seen
     * @param now          moment of the confirmation
     */
    public void confirmIcuEquivalent(String by, long organisation, java.time.LocalDate seenOn, Instant now) {
        this.icuEquivalentConfirmedBy = by;
        this.icuEquivalentConfirmedOrg = organisation;
        this.icuEquivalentSeenOn = seenOn;
        this.updatedAt = now;
    }

    /**
     * Shows a manufacturer's decision about the ICU-equivalent declaration on the facility (issue 11): a confirmation
     * becomes the last confirmation shown; a rejection by the manufacturer whose confirmation is shown clears it. The
     * engine reads the decisions themselves ({@code DeclarationConfirmation}), per manufacturer.
     *
     * @param confirmed    true for a confirmation, false for a rejection
     * @param by           who
     * @param organisation the manufacturer
     * @param seenOn       the day seen
     * @param now          when
     */
    public void recordIcuEquivalentDecision(boolean confirmed, String by, long organisation, java.time.LocalDate seenOn,
            Instant now) {
        if (confirmed) {
            confirmIcuEquivalent(by, organisation, seenOn, now);
        } else if (icuEquivalentConfirmedOrg != null && icuEquivalentConfirmedOrg == organisation) {
            this.icuEquivalentConfirmedBy = null;
            this.icuEquivalentConfirmedOrg = null;
            this.icuEquivalentSeenOn = null;
            this.updatedAt = now;
        }
    }

    /** @return the manufacturer that confirmed the ICU-equivalent declaration, or {@code null} */
    public Long getIcuEquivalentConfirmedOrg() {
        return icuEquivalentConfirmedOrg;
    }

    /** @return the day the confirmer saw it, or {@code null} */
    public java.time.LocalDate getIcuEquivalentSeenOn() {
        return icuEquivalentSeenOn;
    }


    /**
     * @param category the JSTCT category, trial site, NONE, or {@code null} when undeclared
     * @param now      moment of the change
     */
    public void declareTransplantCategory(TransplantCategory category, Instant now) {
        this.transplantCategory = category;
        this.updatedAt = now;
    }

    /** @return the id */
    public Long getId() {
        return id;
    }

    /** @return the code */
    public MedicalInstitutionCode getCode() {
        return code;
    }

    /** @return the name */
    public String getName() {
        return name;
    }

    /** @return the postal code */
    public String getPostalCode() {
        return postalCode;
    }

    /** @return the address */
    public String getAddress() {
        return address;
    }

    /** @return the prefecture code */
    public String getPrefectureCode() {
        return prefectureCode;
    }

    /** @return the beds text */
    public String getBedsText() {
        return bedsText;
    }

    /** @return the beds total */
    public Integer getBedsTotal() {
        return bedsTotal;
    }

    /** @return the ICU equivalent declared */
    public Boolean getIcuEquivalentDeclared() {
        return icuEquivalentDeclared;
    }

    /** @return the ICU equivalent confirmed by */
    public String getIcuEquivalentConfirmedBy() {
        return icuEquivalentConfirmedBy;
    }

    /** @return the transplant category */
    public TransplantCategory getTransplantCategory() {
        return transplantCategory;
    }

    /** @return the updated at */
    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** @return the version */
    public long getVersion() {
        return version;
    }
}
