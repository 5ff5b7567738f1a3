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
import java.util.Objects;

/**
 * An A301 特定集中治療室管理料 filing (ICU filing) at level 1–6, as read from a regional health bureau list.
 * A filing that disappears from a newer list of the same prefecture is ended, never deleted.
 */
@Entity
@Table(name = "icu_filing")
@NamedQuery(name = "IcuFiling.ofFacilities", query = "SELECT i.facility.id, i.level, i.acceptanceSymbol, i.startDate, "
        + "i.endDate, i.sourceList, i.sourceDate FROM IcuFiling i WHERE i.facility.id IN :ids")
@NamedQuery(name = "IcuFiling.ofPrefecture",
        query = "SELECT i FROM IcuFiling i JOIN FETCH i.facility f WHERE f.prefectureCode = :pref")
public class IcuFiling {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "facility_id")
    private Facility facility;

    @Column(name = "icu_level", nullable = false)
    private int level;

    @Column(name = "acceptance_symbol", nullable = false)
    private String acceptanceSymbol;

    @Column(name = "acceptance_number")
    private String acceptanceNumber;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "source_list", nullable = false)
    private String sourceList;

    @Column(name = "source_date", nullable = false)
    private LocalDate sourceDate;

    @Version
    private long version;

    protected IcuFiling() {
    }

    /**
     * @param facility         the filing facility
     * @param level            A301 level 1–6
     * @param acceptanceSymbol 受理記号 as listed (集１…集６)
     * @param acceptanceNumber 受理番号 or {@code null}
     * @param startDate        算定開始年月日
     * @param sourceList       name of the list it was read from
     * @param sourceDate       date the list is current to
     * @throws IllegalArgumentException when the level is outside 1–6
     */
    public IcuFiling(Facility facility, int level, String acceptanceSymbol, String acceptanceNumber,
            LocalDate startDate, String sourceList, LocalDate sourceDate) {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("A301 level must be 1-6: " + level);
        }
        this.facility = Objects.requireNonNull(facility);
        this.level = level;
        this.acceptanceSymbol = acceptanceSymbol;
        this.acceptanceNumber = acceptanceNumber;
        this.startDate = Objects.requireNonNull(startDate);
        seenIn(sourceList, sourceDate);
    }

    /**
     * Records that a list current to {@code date} still shows the filing (re-opens it if it had lapsed).
     *
     * @param list list name
     * @param date date the list is current to
     */
    public void seenIn(String list, LocalDate date) {
        this.sourceList = list;
        this.sourceDate = date;
        this.endDate = null;
    }

    /**
     * Records that an older list than the one that dropped the filing still shows it (issue 12): the last list it was
     * seen in moves later, its end (the first list without it) stays.
     *
     * @param list list name
     * @param date date that list is current to (before the end date)
     * @throws IllegalStateException when the filing is in force or the date is not before its end
     */
    public void seenInOlderList(String list, LocalDate date) {
        if (endDate == null || !date.isBefore(endDate)) {
            throw new IllegalStateException("only a lapsed filing seen before its end: " + date + " / " + endDate);
        }
        this.sourceList = list;
        this.sourceDate = date;
    }

    /**
     * Ends the filing: it is missing from a newer list.
     *
     * @param date date of the newer list
     */
    public void lapse(LocalDate date) {
        this.endDate = date;
    }

    /**
     * @param date a day
     * @return true when the filing is in force on that day
     */
    public boolean activeOn(LocalDate date) {
        return !startDate.isAfter(date) && (endDate == null || date.isBefore(endDate));
    }

    /** @return the id */
    public Long getId() {
        return id;
    }

    /** @return the facility */
    public Facility getFacility() {
        return facility;
    }

    /** @return the level */
    public int getLevel() {
        return level;
    }

    /** @return the acceptance symbol */
    public String getAcceptanceSymbol() {
        return acceptanceSymbol;
    }

    /** @return the acceptance number */
    public String getAcceptanceNumber() {
        return acceptanceNumber;
    }

    /** @return the start date */
    public LocalDate getStartDate() {
        return startDate;
    }

    /** @return the end date */
    public LocalDate getEndDate() {
        return endDate;
    }

    /** @return the source list */
    public String getSourceList() {
        return sourceList;
    }

    /** @return the source date */
    public LocalDate getSourceDate() {
        return sourceDate;
    }
}
