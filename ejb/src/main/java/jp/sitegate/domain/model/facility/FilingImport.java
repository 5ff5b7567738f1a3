package jp.sitegate.domain.model.facility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import jp.sitegate.domain.shared.Text;

/**
 * Record of an imported bureau list: which prefecture and date, the file's SHA-256, who imported it and what it changed
 * (issue 12: the import history and the coverage per prefecture read these). Written once, never changed.
 */
@Entity
@Table(name = "filing_import")
@jakarta.persistence.NamedQuery(name = "FilingImport.allListDates", query = "SELECT i.prefectureCode, i.listDate "
        + "FROM FilingImport i ORDER BY i.listDate")
@jakarta.persistence.NamedQuery(name = "FilingImport.history",
        query = "SELECT i FROM FilingImport i ORDER BY i.importedAt DESC, i.id DESC")
public class FilingImport {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "prefecture_code", nullable = false)
    private String prefectureCode;

    @Column(name = "list_date", nullable = false)
    private LocalDate listDate;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "rows_read")
    private int rowsRead;
    @Column(name = "facilities_created")
    private int facilitiesCreated;
    @Column(name = "facilities_updated")
    private int facilitiesUpdated;
    @Column(name = "filings_added")
    private int filingsAdded;
    @Column(name = "filings_ended")
    private int filingsEnded;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", updatable = false)
    private String importedBy;

    @Column(name = "facilities", updatable = false)
    private Integer facilities;

    @Column(name = "icu_facilities", updatable = false)
    private Integer icuFacilities;

    protected FilingImport() {
    }

    /**
     * Who imported the list and how many 医科 facilities and A301 facilities it lists (issue 12), before it is saved.
     *
     * @param by            user name, or {@code null} for a system import
     * @param facilityCount 医科 facilities in the list
     * @param icuCount      facilities with an A301 filing (集１…集６) in the list
     * @return this record
     */
    public FilingImport by(String by, int facilityCount, int icuCount) {
        this.importedBy = by == null ? null : Text.clip(by, 100);
        this.facilities = facilityCount;
        this.icuFacilities = icuCount;
        return this;
    }

    /**
     * @param prefectureCode    prefecture
     * @param listDate          date the list is current to
     * @param fileName          file name (truncated to 300 characters)
     * @param sha256            hex SHA-256 of the file
     * @param rowsRead          rows read
     * @param facilitiesCreated facilities created
     * @param facilitiesUpdated facilities updated
     * @param filingsAdded      filings added
     * @param filingsEnded      filings ended
     * @param importedAt        when
     */
    public FilingImport(String prefectureCode, LocalDate listDate, String fileName, String sha256, int rowsRead,
            int facilitiesCreated, int facilitiesUpdated, int filingsAdded, int filingsEnded, Instant importedAt) {
        this.prefectureCode = prefectureCode;
        this.listDate = listDate;
        this.fileName = Text.clip(fileName, 300);
        this.sha256 = sha256;
        this.rowsRead = rowsRead;
        this.facilitiesCreated = facilitiesCreated;
        this.facilitiesUpdated = facilitiesUpdated;
        this.filingsAdded = filingsAdded;
        this.filingsEnded = filingsEnded;
        this.importedAt = importedAt;
    }

    /** @return the list date */
    public LocalDate getListDate() {
        return listDate;
    }

    /** @return the file name */
    public String getFileName() {
        return fileName;
    }

    /** @return the hex SHA-256 of the file */
    public String getSha256() {
        return sha256;
    }

    /** @return rows read */
    public int getRowsRead() {
        return rowsRead;
    }

    /** @return 医科 facilities listed, or {@code null} for imports before issue 12 */
    public Integer getFacilities() {
        return facilities;
    }

    /** @return facilities with an A301 filing listed, or {@code null} for imports before issue 12 */
    public Integer getIcuFacilities() {
        return icuFacilities;
    }

    /** @return filings added */
    public int getFilingsAdded() {
        return filingsAdded;
    }

    /** @return filings ended */
    public int getFilingsEnded() {
        return filingsEnded;
    }

    /** @return who imported it, or {@code null} */
    public String getImportedBy() {
        return importedBy;
    }

    /** @return when */
    public Instant getImportedAt() {
        return importedAt;
    }

    /** @return the prefecture code */
    public String getPrefectureCode() {
        return prefectureCode;
    }
}
