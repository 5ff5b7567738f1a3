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

/** Record of an imported bureau list: which prefecture and date, the file's SHA-256 and what it changed. */
@Entity
@Table(name = "filing_import")
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

    protected FilingImport() {
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

    /** @return the prefecture code */
    public String getPrefectureCode() {
        return prefectureCode;
    }
}
