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
import jp.sitegate.domain.model.product.Product;

/** Completion of the manufacturer's training course for a product (ABE-PHY-TRN). */
@Entity
@Table(name = "product_training")
@NamedQuery(name = "ProductTraining.ofFacilityStaff",
        query = "SELECT t.physician.id, t.product.id, t.completedOn FROM ProductTraining t WHERE t.physician.id IN "
                + "(SELECT e.physician.id FROM Employment e WHERE e.facility.id = :facilityId)")
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
