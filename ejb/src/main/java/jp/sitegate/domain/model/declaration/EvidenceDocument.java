package jp.sitegate.domain.model.declaration;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import jp.sitegate.domain.model.facility.Facility;

/**
 * A document a manufacturer's MR or safety manager uploaded as the evidence of a confirmation (issue 11): a PDF or an
 * image checked by its content ({@link EvidenceFile}), kept with its SHA-256 and served only as a download. Written
 * once, never changed (no version column).
 */
@Entity
@Table(name = "evidence_document")
public class EvidenceDocument {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "facility_id", updatable = false)
    private Facility facility;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "media_type", nullable = false, updatable = false, length = 40)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "file_name", nullable = false, updatable = false, length = 200)
    private String fileName;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    @jp.sitegate.domain.shared.AuditedAsDigest
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 100)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected EvidenceDocument() {
    }

    /**
     * @param facility       the facility it is evidence about
     * @param organisationId the uploader's manufacturer
     * @param file           the checked file
     * @param uploadedBy     who (name and user name)
     * @param now            when
     */
    public EvidenceDocument(Facility facility, long organisationId, EvidenceFile file, String uploadedBy,
            Instant now) {
        this.facility = Objects.requireNonNull(facility, "facility");
        this.organisationId = organisationId;
        this.sha256 = file.sha256();
        this.mediaType = file.mediaType();
        this.sizeBytes = file.size();
        this.fileName = file.fileName();
        this.content = file.content();
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
        this.uploadedAt = Objects.requireNonNull(now, "now");
    }

    /** @return the id */
    public Long getId() {
        return id;
    }

    /** @return the facility */
    public Facility getFacility() {
        return facility;
    }

    /** @return the uploader's manufacturer */
    public Long getOrganisationId() {
        return organisationId;
    }

    /** @return lower-case hex SHA-256 of the content */
    public String getSha256() {
        return sha256;
    }

    /** @return application/pdf, image/png or image/jpeg */
    public String getMediaType() {
        return mediaType;
    }

    /** @return size in bytes */
    public long getSizeBytes() {
        return sizeBytes;
    }

    /** @return the file name as uploaded (sanitised) */
    public String getFileName() {
        return fileName;
    }

    /** @return a copy of the content */
    public byte[] content() {
        return content == null ? new byte[0] : content.clone();
    }

    /** @return who uploaded it */
    public String getUploadedBy() {
        return uploadedBy;
    }

    /** @return when */
    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
