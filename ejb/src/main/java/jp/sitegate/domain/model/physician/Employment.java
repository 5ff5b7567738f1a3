package jp.sitegate.domain.model.physician;

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
import java.util.Objects;
import jp.sitegate.domain.model.facility.Facility;

/** A physician's employment at a facility (常勤 or not), with its period and treatment-lead role. */
@Entity
@Table(name = "employment")
@NamedQuery(name = "Employment.ofFacility",
        query = "SELECT e FROM Employment e JOIN FETCH e.physician WHERE e.facility.id = :facilityId")
public class Employment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "physician_id")
    private Physician physician;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "facility_id")
    private Facility facility;

    @Column(name = "full_time", nullable = false)
    private boolean fullTime;

    @Column(name = "treatment_lead", nullable = false)
    private boolean treatmentLead;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Version
    private long version;

    protected Employment() {
    }

    /**
     * @param physician     the physician
     * @param facility      the employing facility
     * @param fullTime      常勤
     * @param treatmentLead 治療の責任者 for CAR-T products
     * @param validFrom     first day of employment
     */
    public Employment(Physician physician, Facility facility, boolean fullTime, boolean treatmentLead,
            LocalDate validFrom) {
        this.physician = Objects.requireNonNull(physician);
        this.facility = Objects.requireNonNull(facility);
        this.fullTime = fullTime;
        this.treatmentLead = treatmentLead;
        this.validFrom = Objects.requireNonNull(validFrom);
    }

    /**
     * Ends the employment (the record is kept).
     *
     * @param lastDay last day employed; not before the first
     */
    public void end(LocalDate lastDay) {
        if (lastDay.isBefore(validFrom)) {
            throw new IllegalArgumentException("employment cannot end before it starts");
        }
        this.validTo = lastDay;
    }

    /** @return the id */
    public Long getId() {
        return id;
    }

    /** @return the physician */
    public Physician getPhysician() {
        return physician;
    }

    /** @return the facility */
    public Facility getFacility() {
        return facility;
    }

    /** @return whether full time */
    public boolean isFullTime() {
        return fullTime;
    }

    /** @return whether treatment lead */
    public boolean isTreatmentLead() {
        return treatmentLead;
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
