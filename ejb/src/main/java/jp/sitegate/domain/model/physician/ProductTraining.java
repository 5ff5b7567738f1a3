package jp.sitegate.domain.model.physician;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import jp.sitegate.domain.model.product.Product;

/** Completion of the manufacturer's training course for a product (ABE-PHY-TRN). */
@Entity
@Table(name = "product_training")
public class ProductTraining {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "physician_id")
    private Physician physician;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Version
    private long version;

    /** The course (研修・講習の名称, issue 11); {@code null} for records made before it was asked. */
    @Column(name = "course")
    private String course;

    /** Who recorded it (user name): the manufacturer's MR or safety manager; {@code null} before issue 11. */
    @Column(name = "recorded_by")
    private String recordedBy;

    /** The recorder's organisation (the product's manufacturer); {@code null} before issue 11. */
    @Column(name = "recorded_by_org")
    private Long recordedByOrganisation;

    protected ProductTraining() {
    }

    /**
     * @param physician   the physician
     * @param product     the product
     * @param completedOn date the course was completed
     */
    public ProductTraining(Physician physician, Product product, LocalDate completedOn) {
        this.physician = physician;
        this.product = product;
        this.completedOn = completedOn;
    }

    /**
     * A completion recorded by the product's manufacturer (issue 11).
     *
     * @param physician    the physician
     * @param product      the product
     * @param completedOn  date the course was completed
     * @param course       the course
     * @param recordedBy   who recorded it
     * @param organisation the recorder's organisation
     */
    public ProductTraining(Physician physician, Product product, LocalDate completedOn, String course,
            String recordedBy, Long organisation) {
        this(physician, product, completedOn);
        this.course = course;
        this.recordedBy = recordedBy;
        this.recordedByOrganisation = organisation;
    }

    /**
     * A later completion (re-training) replaces this one; the earlier stays in the audit trail.
     *
     * @param on           the new completion date (after the current one)
     * @param newCourse    the course
     * @param by           who recorded it
     * @param organisation the recorder's organisation
     */
    public void retrain(LocalDate on, String newCourse, String by, Long organisation) {
        this.completedOn = on;
        this.course = newCourse;
        this.recordedBy = by;
        this.recordedByOrganisation = organisation;
    }

    /** @return the course, or {@code null} */
    public String getCourse() {
        return course;
    }

    /** @return who recorded it, or {@code null} */
    public String getRecordedBy() {
        return recordedBy;
    }

    /** @return the physician */
    public Physician getPhysician() {
        return physician;
    }

    /** @return the product */
    public Product getProduct() {
        return product;
    }

    /** @return the completed on */
    public LocalDate getCompletedOn() {
        return completedOn;
    }
}
