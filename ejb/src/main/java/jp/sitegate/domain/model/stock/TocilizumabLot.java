package jp.sitegate.domain.model.stock;

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
import jp.sitegate.domain.model.product.YjCode;

/** A lot of tocilizumab held by a facility; its quantity is the sum of its {@link StockMovement}s. */
@Entity
@Table(name = "tocilizumab_lot")
@NamedQuery(name = "TocilizumabLot.find",
        query = "SELECT l FROM TocilizumabLot l WHERE l.facility.id = :facilityId AND l.yjCode = :yj "
                + "AND l.lotNumber = :lot")
public class TocilizumabLot {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "facility_id")
    private Facility facility;

    @Column(name = "yj_code", nullable = false)
    private String yjCode;

    @Column(name = "lot_number", nullable = false)
    private String lotNumber;

    @Column(name = "expiry_date", nullable = false)
    private LocalDate expiryDate;

    @Version
    private long version;

    protected TocilizumabLot() {
    }

    /**
     * @param facility   holding facility
     * @param yjCode     YJ code of the strength
     * @param lotNumber  manufacturer's lot number (not blank)
     * @param expiryDate last day of use (the lot counts until the end of that day)
     */
    public TocilizumabLot(Facility facility, YjCode yjCode, String lotNumber, LocalDate expiryDate) {
        if (lotNumber == null || lotNumber.isBlank()) {
            throw new IllegalArgumentException("lot number must not be blank");
        }
        this.facility = Objects.requireNonNull(facility);
        this.yjCode = yjCode.value();
        this.lotNumber = lotNumber.strip();
        this.expiryDate = Objects.requireNonNull(expiryDate);
    }

    /** @return the id */
    public Long getId() {
        return id;
    }

    /** @return the facility */
    public Facility getFacility() {
        return facility;
    }

    /** @return the YJ code */
    public String getYjCode() {
        return yjCode;
    }

    /** @return the lot number */
    public String getLotNumber() {
        return lotNumber;
    }

    /** @return the expiry date */
    public LocalDate getExpiryDate() {
        return expiryDate;
    }
}
