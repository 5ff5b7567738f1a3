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
        Set<PartnerCoverage> s = EnumSet.noneOf(PartnerCoverage.class);
        if (coversIcuCare) {
            s.add(PartnerCoverage.ICU_CARE);
        }
        if (coversInpatientCare) {
            s.add(PartnerCoverage.INPATIENT_CARE);
        }
        if (coversSpecialistSupport) {
            s.add(PartnerCoverage.SPECIALIST_SUPPORT);
        }
        if (coversSameDayLabResults) {
            s.add(PartnerCoverage.SAME_DAY_LAB_RESULTS);
        }
        return s;
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
