package jp.sitegate.domain.model.facility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A documented arrangement (連携施設) between a facility and a partner, with what it covers and for how long. */
@Entity
@Table(name = "facility_partnership")
@NamedQuery(name = "FacilityPartnership.ofFacility",
        query = "SELECT p FROM FacilityPartnership p JOIN FETCH p.partner WHERE p.facility.id = :facilityId")
@NamedQuery(name = "FacilityPartnership.requestsTo", query = "SELECT p FROM FacilityPartnership p JOIN FETCH p.facility "
        + "WHERE p.partner.id = :partnerId ORDER BY p.validFrom DESC, p.id DESC")
public class FacilityPartnership {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "facility_id")
    private Facility facility;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id")
    private Facility partner;

    @Column(name = "covers_icu_care")
    private boolean coversIcuCare;
    @Column(name = "covers_inpatient_care")
    private boolean coversInpatientCare;
    @Column(name = "covers_specialist_support")
    private boolean coversSpecialistSupport;
    @Column(name = "covers_same_day_lab_results")
    private boolean coversSameDayLabResults;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    /** When the partner facility's side accepted it (issue 11), or {@code null}. */
    @Column(name = "partner_accepted_at")
    private java.time.Instant partnerAcceptedAt;

    /** Who accepted it for the partner (its administrator's user name), or {@code null}. */
    @Column(name = "partner_accepted_by")
    private String partnerAcceptedBy;

    /** When a manufacturer's MR or safety manager confirmed the agreement document, or {@code null}. */
    @Column(name = "document_confirmed_at")
    private java.time.Instant documentConfirmedAt;

    /** Who confirmed the agreement document (user name), or {@code null}. */
    @Column(name = "document_confirmed_by")
    private String documentConfirmedBy;

    /** The day the confirmer saw the document, or {@code null}. */
    @Column(name = "document_seen_on")
    private LocalDate documentSeenOn;

    @Version
    private long version;

    protected FacilityPartnership() {
    }

    /**
     * @param facility  the facility
     * @param partner   the partner facility (not the facility itself)
     * @param coverage  what the partnership covers (not empty)
     * @param validFrom first day in force
     * @throws IllegalArgumentException when the partner is the facility itself or the coverage is empty
     */
    public FacilityPartnership(Facility facility, Facility partner, Set<PartnerCoverage> coverage,
            LocalDate validFrom) {
        if (facility == partner || coverage.isEmpty()) {
            throw new IllegalArgumentException("a partnership needs another facility and at least one coverage");
        }
        this.facility = facility;
        this.partner = partner;
        this.coversIcuCare = coverage.contains(PartnerCoverage.ICU_CARE);
        this.coversInpatientCare = coverage.contains(PartnerCoverage.INPATIENT_CARE);
        this.coversSpecialistSupport = coverage.contains(PartnerCoverage.SPECIALIST_SUPPORT);
        this.coversSameDayLabResults = coverage.contains(PartnerCoverage.SAME_DAY_LAB_RESULTS);
        this.validFrom = Objects.requireNonNull(validFrom);
    }

    /** @param lastDay the last day the partnership is in force */
    public void end(LocalDate lastDay) {
        this.validTo = lastDay;
    }

    /** @return what the partnership covers */
    public Set<PartnerCoverage> coverage() {
        return coverage(coversIcuCare, coversInpatientCare, coversSpecialistSupport, coversSameDayLabResults);
    }

    /**
     * What a partnership covers from its four stored flags (the entity and the facts loader's single SELECT, issue
     * 16, read them the same way).
     *
     * @param icuCare          covers ICU care
     * @param inpatientCare    covers inpatient care
     * @param specialist       covers specialist support
     * @param sameDayLabResult covers same-day laboratory results
     * @return the coverage, possibly empty
     */
    public static Set<PartnerCoverage> coverage(boolean icuCare, boolean inpatientCare, boolean specialist,
            boolean sameDayLabResult) {
        Set<PartnerCoverage> s = EnumSet.noneOf(PartnerCoverage.class);
        if (icuCare) {
            s.add(PartnerCoverage.ICU_CARE);
        }
        if (inpatientCare) {
            s.add(PartnerCoverage.INPATIENT_CARE);
        }
        if (specialist) {
            s.add(PartnerCoverage.SPECIALIST_SUPPORT);
        }
        if (sameDayLabResult) {
            s.add(PartnerCoverage.SAME_DAY_LAB_RESULTS);
        }
        return s;
    }

    /**
     * The partner facility's side accepts the arrangement (its administrator, in SiteGate).
     *
     * @param at when
     * @param by who (user name)
     */
    public void acceptByPartner(java.time.Instant at, String by) {
        this.partnerAcceptedAt = at;
        this.partnerAcceptedBy = by;
    }

    /**
     * A manufacturer's MR or safety manager confirms the signed agreement document.
     *
     * @param at     when
     * @param by     who (user name)
     * @param seenOn the day the document was seen
     */
    public void confirmDocument(java.time.Instant at, String by, LocalDate seenOn) {
        this.documentConfirmedAt = at;
        this.documentConfirmedBy = by;
        this.documentSeenOn = seenOn;
    }

    /**
     * @return true when both sides stand behind it (REQUIREMENTS.md §8): the partner accepted it in SiteGate, or a
     *         manufacturer's MR or safety manager confirmed the agreement document
     */
    public boolean agreed() {
        return partnerAcceptedAt != null || documentConfirmedAt != null;
    }

    /** @return who accepted for the partner, or {@code null} */
    public String getPartnerAcceptedBy() {
        return partnerAcceptedBy;
    }

    /** @return when the partner accepted, or {@code null} */
    public java.time.Instant getPartnerAcceptedAt() {
        return partnerAcceptedAt;
    }

    /** @return who confirmed the document, or {@code null} */
    public String getDocumentConfirmedBy() {
        return documentConfirmedBy;
    }

    /** @return the day the document was seen, or {@code null} */
    public LocalDate getDocumentSeenOn() {
        return documentSeenOn;
    }

    /** @return the optimistic-lock version */
    public long getVersion() {
        return version;
    }

    /** @return the id */
    public Long getId() {
        return id;
    }

    /** @return the facility */
    public Facility getFacility() {
        return facility;
    }

    /** @return the partner */
    public Facility getPartner() {
        return partner;
    }

    /** @return the valid from */
    public LocalDate getValidFrom() {
        return validFrom;
    }

    /** @return the valid to */
    public LocalDate getValidTo() {
        return validTo;
    }
}
