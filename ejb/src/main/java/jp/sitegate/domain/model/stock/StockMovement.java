package jp.sitegate.domain.model.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One ledger entry of a tocilizumab lot: received, used, expired or returned. Append-only; the stored
 * quantity is signed (positive when received).
 */
@Entity
@Table(name = "stock_movement")
public class StockMovement {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lot_id")
    private TocilizumabLot lot;

    @Enumerated(EnumType.STRING)
    @Column(name = "movement_type", nullable = false)
    private MovementType type;

    @Column(nullable = false)
    private int vials;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    private String note;

    protected StockMovement() {
    }

    /**
     * @param lot        the lot
     * @param type       kind of movement
     * @param vials      number of vials moved (&gt; 0)
     * @param occurredAt when it happened
     * @param note       free text or {@code null}
     * @throws IllegalArgumentException when {@code vials} is not positive
     */
    public StockMovement(TocilizumabLot lot, MovementType type, int vials, Instant occurredAt, String note) {
        if (vials <= 0) {
            throw new IllegalArgumentException("vials must be positive");
        }
        this.lot = Objects.requireNonNull(lot);
        this.type = Objects.requireNonNull(type);
        this.vials = type.signed(vials);
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.note = note;
    }

    /** @return the lot */
    public TocilizumabLot getLot() {
        return lot;
    }

    /** @return the type */
    public MovementType getType() {
        return type;
    }

    /** @return the signed quantity (positive when received) */
    public int getVials() {
        return vials;
    }

    /** @return the occurred at */
    public Instant getOccurredAt() {
        return occurredAt;
    }

    /** @return the note */
    public String getNote() {
        return note;
    }
}
