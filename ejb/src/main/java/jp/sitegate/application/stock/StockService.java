package jp.sitegate.application.stock;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import jp.sitegate.application.Authorization;
import jp.sitegate.application.facility.FacilityQueryService;
import jp.sitegate.application.gate.EligibilityEngine;
import jp.sitegate.application.status.FactsChanged;
import jp.sitegate.application.view.FacilityViews;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.product.YjCode;
import jp.sitegate.domain.model.stock.MovementType;
import jp.sitegate.domain.model.stock.StockMovement;
import jp.sitegate.domain.model.stock.TocilizumabLot;
import jp.sitegate.domain.model.stock.TocilizumabStrength;
import jp.sitegate.domain.shared.InvalidInputException;
import jp.sitegate.domain.shared.NotFoundException;

/**
 * The tocilizumab ledger (LUN-FAC-4, ABE-ADV-2, IMD-BAS-1): lots are received into a facility's stock and leave it
 * by use, expiry or return; every change is an appended movement, never an edit.
 */
@Stateless
public class StockService {

    /** Issue 13: facts a profile reads changed; StatusTracker re-evaluates in this transaction. */
    @jakarta.inject.Inject
    private jakarta.enterprise.event.Event<FactsChanged> factsChanged;

    @jakarta.inject.Inject
    private jp.sitegate.domain.shared.UnitOfWork work;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.stock.StockRepository stock;

    @jakarta.inject.Inject
    private jp.sitegate.application.gate.EligibilityEngine engine;

    @Inject
    private Clock clock;

    @jakarta.inject.Inject
    private Authorization authorization;

    @Inject
    private FacilityQueryService queries;

    /**
     * Records a movement; a RECEIVED movement of an unknown lot creates the lot.
     *
     * @param facilityCode facility
     * @param yjCode       tocilizumab YJ code (IV or SC; SC is recorded but never counts)
     * @param lotNumber    lot number (1–40 characters)
     * @param expiryDate   expiry date, required when the lot is new
     * @param type         RECEIVED, USED, EXPIRED or RETURNED
     * @param vials        vials moved (1–1000)
     * @param note         free text or {@code null}
     * @return the facility's stock after the movement
     * @throws InvalidInputException naming the field for invalid input or a movement beyond the vials on hand
     * @throws NotFoundException     for an unknown facility, or a lot that was never received
     * @throws jp.sitegate.domain.shared.ForbiddenException unless the facility's administrator (issue 10)
     */
    public FacilityViews.Stock move(String facilityCode, String yjCode, String lotNumber, LocalDate expiryDate,
            MovementType type, int vials, String note) {
        authorization.adminOfFacility(facilityCode);
        Facility facility = engine.facility(facilityCode);
        YjCode yj = YjCode.of(yjCode, "yjCode");
        TocilizumabStrength strength = stock.strength(yj.value()).orElse(null);
        if (strength == null) {
            throw InvalidInputException.of("yjCode", "stock.not-tocilizumab-yj-code", yj);
        }
        if (lotNumber == null || lotNumber.isBlank() || lotNumber.length() > 40) {
            throw InvalidInputException.of("lotNumber", "stock.lotnumber-required-1-40");
        }
        if (type == null) {
            throw InvalidInputException.of("type", "stock.type-required-received-used");
        }
        if (vials < 1 || vials > 1000) {
            throw InvalidInputException.of("vials", "stock.vials-1-1000");
        }
        if (note != null && note.length() > 500) {
            throw InvalidInputException.of("note", "stock.note-most-500-characters");
        }
        if (expiryDate != null && (expiryDate.getYear() < 2000 || expiryDate.getYear() > 2100)) {
            throw InvalidInputException.of("expiryDate", "stock.expirydate-2000-2100");
        }
        TocilizumabLot lot = stock.lot(facility.getId(), yj.value(), lotNumber.strip()).orElse(null);
        Instant now = clock.instant();
        if (lot == null) {
            if (type != MovementType.RECEIVED) {
                throw NotFoundException.of("lotNumber", "stock.lot-was-never-received", lotNumber);
            }
            if (expiryDate == null) {
                throw InvalidInputException.of("expiryDate", "stock.expirydate-required-new-lot");
            }
            lot = new TocilizumabLot(facility, yj, lotNumber, expiryDate);
            work.add(lot);
        } else if (type != MovementType.RECEIVED) {
            // one movement of a lot at a time: two sessions taking the last vials concurrently cannot both pass
            // the check below (issue 6); the second waits, then sees what the first left
            work.lockForUpdate(lot);
            int onHand = stock.vialsOnHand(lot);
            if (onHand < vials) {
                throw InvalidInputException.of("vials", "stock.exceeds-vials-on-hand", onHand);
            }
        }
        work.add(new StockMovement(lot, type, vials, now, note));
        work.flush();
        reevaluate(facility, now, jp.sitegate.application.status.FactsChanged.cause("cause.stock", new jp.sitegate.domain.shared.Reason(type.labelJa(),
                type.labelEn()), vials, lotNumber));
        return queries.stock(facilityCode, now);
    }

    /** Fires {@link FactsChanged} (issue 13) and returns the status changes the observer recorded. */
    private java.util.List<jp.sitegate.domain.model.status.StatusChange> reevaluate(
            jp.sitegate.domain.model.facility.Facility facility, java.time.Instant at, String cause) {
        FactsChanged event = new FactsChanged(facility, at, cause);
        factsChanged.fire(event);
        return event.changes();
    }
}
