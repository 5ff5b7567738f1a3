package jp.sitegate.domain.model.declaration;

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
import java.time.Instant;
import java.util.Objects;
import jp.sitegate.domain.model.facility.Facility;

/**
 * A fact a facility declared about itself (issue 11, REQUIREMENTS.md §8), with its author and time. It counts towards
 * ELIGIBLE under a profile's {@code verification: CONFIRMED} only once a manufacturer confirmed it
 * ({@link DeclarationConfirmation}). Declaring the fact anew supersedes it: the new declaration is unconfirmed, the old
 * one stays for the record and for decisions as of a past moment.
 */
@Entity
@Table(name = "fact_declaration")
@NamedQuery(name = "Declaration.currentOfFacility", query = "SELECT d FROM Declaration d "
        + "WHERE d.facility.id = :facilityId AND d.supersededAt IS NULL ORDER BY d.declaredAt, d.id")
@NamedQuery(name = "Declaration.ofFacilityAt", query = "SELECT d FROM Declaration d WHERE d.facility.id = :facilityId "
        + "AND d.declaredAt <= :at AND (d.supersededAt IS NULL OR d.supersededAt > :at) ORDER BY d.declaredAt, d.id")
@NamedQuery(name = "Declaration.current", query = "SELECT d FROM Declaration d WHERE d.facility.id = :facilityId "
        + "AND d.fact = :fact AND ((:subject IS NULL AND d.subjectId IS NULL) OR d.subjectId = :subject) "
        + "AND d.supersededAt IS NULL")
@NamedQuery(name = "Declaration.currentOfPhysician", query = "SELECT d FROM Declaration d JOIN FETCH d.facility "
        + "WHERE d.fact = 'PHYSICIAN' AND d.subjectId = :physicianId AND d.supersededAt IS NULL")
public class Declaration {
    /** Longest value text, characters (the column's). */
    public static final int MAX_VALUE = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "facility_id", updatable = false)
    private Facility facility;

    @Column(name = "fact", nullable = false, updatable = false, length = 40)
    private String fact;

    @Column(name = "subject_id", updatable = false)
    private Long subjectId;

    @Column(name = "value_text", nullable = false, updatable = false, length = MAX_VALUE)
    private String valueText;

    @Column(name = "declared_by", nullable = false, updatable = false, length = 100)
    private String declaredBy;

    @Column(name = "declared_at", nullable = false, updatable = false)
    private Instant declaredAt;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    @Version
    private long version;

    protected Declaration() {
    }

    /**
     * @param facility   the declaring facility
     * @param fact       what is declared
     * @param valueText  the declared value as shown to the confirmer ({@code true}/{@code false}, a category, a
     *                   physician's summary); clipped to {@link #MAX_VALUE}
     * @param declaredBy who declared it (name and user name)
     * @param now        when
     * @throws NullPointerException for a missing facility, fact, value, author or time
     */
    public Declaration(Facility facility, DeclaredFact fact, String valueText, String declaredBy, Instant now) {
        this.facility = Objects.requireNonNull(facility, "facility");
        this.fact = fact.name();
        this.subjectId = fact.subjectId();
        String v = Objects.requireNonNull(valueText, "valueText");
        this.valueText = v.length() > MAX_VALUE ? v.substring(0, MAX_VALUE) : v;
        this.declaredBy = Objects.requireNonNull(declaredBy, "declaredBy");
        this.declaredAt = Objects.requireNonNull(now, "now");
    }

    /**
     * The facility declared the fact anew (or withdrew it): this declaration and its confirmations no longer count.
     *
     * @param now when
     */
    public void supersede(Instant now) {
        if (supersededAt == null) {
            supersededAt = now;
        }
    }

    /** @return true while not superseded */
    public boolean isCurrent() {
        return supersededAt == null;
    }

    /** @return what is declared */
    public DeclaredFact fact() {
        return new DeclaredFact(fact, subjectId);
    }

    /** @return the id */
    public Long getId() {
        return id;
    }

    /** @return the declaring facility (also what the audit trail files it under) */
    public Facility getFacility() {
        return facility;
    }

    /** @return the declared value as text */
    public String getValueText() {
        return valueText;
    }

    /** @return who declared it */
    public String getDeclaredBy() {
        return declaredBy;
    }

    /** @return when */
    public Instant getDeclaredAt() {
        return declaredAt;
    }

    /** @return when it was superseded, or {@code null} */
    public Instant getSupersededAt() {
        return supersededAt;
    }

    /** @return the version (optimistic lock) */
    public long getVersion() {
        return version;
    }
}
