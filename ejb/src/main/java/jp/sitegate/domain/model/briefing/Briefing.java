package jp.sitegate.domain.model.briefing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.product.Product;

/**
 * A pre-delivery briefing (事前説明, LUN-BRF-1..4) given by an MR at a facility for a product.
 * A briefing that misses a required audience or material is kept and marked incomplete, never rejected.
 */
@Entity
@Table(name = "briefing")
@NamedQuery(name = "Briefing.ofFacility",
        query = "SELECT b FROM Briefing b JOIN FETCH b.product WHERE b.facility.id = :facilityId "
                + "ORDER BY b.briefedOn DESC, b.id DESC")
public class Briefing {
    /** Days after the event beyond which a record is a late entry (issue 11). */
    public static final int LATE_ENTRY_DAYS = 14;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "facility_id")
    private Facility facility;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @Column(name = "mr_name", nullable = false)
    private String mrName;

    @Column(name = "mr_user_id", updatable = false)
    private Long mrUserId;

    @Column(name = "briefed_on", nullable = false)
    private LocalDate briefedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BriefingMode mode;

    @Column(name = "visit_restriction")
    private String visitRestriction;

    private int physicians;
    private int pharmacists;
    private int nurses;
    private int others;

    @Column(nullable = false)
    private String materials = "";

    @Column(nullable = false)
    private String requests = "";

    @Column(nullable = false)
    private boolean complete;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    /** Kind of the facility's visit restriction under which an online briefing was held (LUN-BRF-2, issue 11). */
    @Enumerated(EnumType.STRING)
    @Column(name = "visit_restriction_kind")
    private VisitRestrictionKind visitRestrictionKind;

    /** Since when the facility restricts visits (issue 11). */
    @Column(name = "visit_restriction_since")
    private LocalDate visitRestrictionSince;

    /** Recorded more than {@value #LATE_ENTRY_DAYS} days after it took place (issue 11): kept, and marked. */
    @Column(name = "late_entry", nullable = false, updatable = false)
    private boolean lateEntry;

    @Version
    private long version;

    protected Briefing() {
    }

    /**
     * A briefing cannot exist without a facility, a product, an MR and a date.
     *
     * @param facility         the facility briefed
     * @param product          the product explained
     * @param mrName           the MR's name as shown when recorded (not blank)
     * @param mrUserId         the signed-in MR's user id (issue 10), or {@code null} for generated records
     * @param briefedOn        the date of the briefing
     * @param mode             in person or online
     * @param visitRestriction the facility's visit restriction (reason for an online briefing), or {@code null}
     * @param recordedAt       when it was recorded
     */
    public Briefing(Facility facility, Product product, String mrName, Long mrUserId, LocalDate briefedOn,
            BriefingMode mode, String visitRestriction, Instant recordedAt) {
        this.mrUserId = mrUserId;
        if (mrName == null || mrName.isBlank()) {
            throw new IllegalArgumentException("mrName must not be blank");
        }
        this.facility = Objects.requireNonNull(facility);
        this.product = Objects.requireNonNull(product);
        this.mrName = mrName.strip();
        this.briefedOn = Objects.requireNonNull(briefedOn);
        this.mode = Objects.requireNonNull(mode);
        this.visitRestriction = visitRestriction == null || visitRestriction.isBlank() ? null
                : visitRestriction.strip();
        this.recordedAt = recordedAt;
        this.lateEntry = recordedAt != null && recordedAt.atZone(java.time.ZoneId.of("Asia/Tokyo")).toLocalDate()
                .isAfter(briefedOn.plusDays(LATE_ENTRY_DAYS));
    }

    /** @return true when recorded more than {@value #LATE_ENTRY_DAYS} days after the briefing (a late entry) */
    public boolean isLateEntry() {
        return lateEntry;
    }

    /**
     * @param role  attendee role
     * @param count number of attendees of that role (≥ 0)
     */
    public void recordAttendees(AttendeeRole role, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("attendee count must not be negative");
        }
        switch (role) {
            case PHYSICIAN -> physicians = count;
            case PHARMACIST -> pharmacists = count;
            case NURSE -> nurses = count;
            default -> others = count;
        }
    }

    /** @param handedOver the materials handed over */
    public void recordMaterials(Set<BriefingMaterial> handedOver) {
        this.materials = EnumSetText.write(handedOver);
    }

    /** @param conveyed the requests conveyed */
    public void recordRequests(Set<BriefingRequest> conveyed) {
        this.requests = EnumSetText.write(conveyed);
    }

    /** @param isComplete whether the briefing covers everything the product's profile asks of it */
    public void markComplete(boolean isComplete) {
        this.complete = isComplete;
    }

    /**
     * Records the facility's visit restriction an online briefing was held under (LUN-BRF-2, issue 11).
     *
     * @param kind  its kind, or {@code null} for none recorded
     * @param since since when, or {@code null}
     */
    public void recordVisitRestriction(VisitRestrictionKind kind, LocalDate since) {
        this.visitRestrictionKind = kind;
        this.visitRestrictionSince = since;
    }

    /** @return the visit restriction's kind, or {@code null} */
    public VisitRestrictionKind getVisitRestrictionKind() {
        return visitRestrictionKind;
    }

    /** @return since when the facility restricts visits, or {@code null} */
    public LocalDate getVisitRestrictionSince() {
        return visitRestrictionSince;
    }

    /**
     * @return true when the mode is acceptable under LUN-BRF-2 ({@link VisitRestrictionKind#permits}): in person,
     *         or online under the facility's recorded visit restriction
     */
    public boolean hasAcceptableMode() {
        return toFact().acceptableMode();
    }

    /**
     * @return the briefing as the requirement types read it (the facts loader and the MR's wizard use this one form,
     *         issue 13)
     */
    public jp.sitegate.domain.model.eligibility.FacilityFacts.BriefingFact toFact() {
        return fact(id == null ? 0 : id, briefedOn, mode, visitRestriction, new int[] {physicians, pharmacists, nurses,
                others}, materials, requests, lateEntry, visitRestrictionKind, visitRestrictionSince);
    }

    /**
     * A briefing's fact from its stored columns: the one mapping of the entity ({@link #toFact()}) and of the facts
     * loader's single SELECT (issue 16), so both read a row the same way.
     *
     * @param id               the briefing's id
     * @param briefedOn        the day it took place
     * @param mode             how it was held
     * @param visitRestriction the recorded visit restriction, or {@code null}
     * @param attendees        physicians, pharmacists, nurses, others attending (4 counts)
     * @param materials        the materials' enum names, comma-separated as stored
     * @param requests         the requests' enum names, comma-separated as stored
     * @param lateEntry        recorded more than {@value #LATE_ENTRY_DAYS} days late
     * @param restrictionKind  kind of visit restriction, or {@code null}
     * @param restrictionSince since when visits are restricted, or {@code null}
     * @return the fact the requirement types read
     */
    public static jp.sitegate.domain.model.eligibility.FacilityFacts.BriefingFact fact(long id, LocalDate briefedOn,
            BriefingMode mode, String visitRestriction, int[] attendees, String materials, String requests,
            boolean lateEntry, VisitRestrictionKind restrictionKind, LocalDate restrictionSince) {
        return new jp.sitegate.domain.model.eligibility.FacilityFacts.BriefingFact(id, briefedOn, mode,
                visitRestriction, attendees(attendees), EnumSetText.read(materials, BriefingMaterial.class),
                EnumSetText.read(requests, BriefingRequest.class), lateEntry, restrictionKind, restrictionSince);
    }

    /** @return attendees per role */
    public Map<AttendeeRole, Integer> attendees() {
        return attendees(new int[] {physicians, pharmacists, nurses, others});
    }

    private static Map<AttendeeRole, Integer> attendees(int[] counts) {
        Map<AttendeeRole, Integer> m = new EnumMap<>(AttendeeRole.class);
        m.put(AttendeeRole.PHYSICIAN, counts[0]);
        m.put(AttendeeRole.PHARMACIST, counts[1]);
        m.put(AttendeeRole.NURSE, counts[2]);
        m.put(AttendeeRole.OTHER, counts[3]);
        return m;
    }

    /** @return the materials handed over */
    public Set<BriefingMaterial> materials() {
        return EnumSetText.read(materials, BriefingMaterial.class);
    }

    /** @return the requests conveyed */
    public Set<BriefingRequest> requests() {
        return EnumSetText.read(requests, BriefingRequest.class);
    }

    /** @return the id */
    public Long getId() {
        return id;
    }

    /** @return the facility */
    public Facility getFacility() {
        return facility;
    }

    /** @return the product */
    public Product getProduct() {
        return product;
    }

    /** @return the mr name */
    public String getMrName() {
        return mrName;
    }

    /** @return the briefed on */
    public LocalDate getBriefedOn() {
        return briefedOn;
    }

    /** @return the mode */
    public BriefingMode getMode() {
        return mode;
    }

    /** @return the visit restriction */
    public String getVisitRestriction() {
        return visitRestriction;
    }

    /** @return whether complete */
    public boolean isComplete() {
        return complete;
    }

    /** @return the recorded at */
    public Instant getRecordedAt() {
        return recordedAt;
    }
}
