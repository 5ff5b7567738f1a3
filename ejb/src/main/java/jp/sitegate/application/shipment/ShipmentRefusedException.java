package jp.sitegate.application.shipment;

import jakarta.ejb.ApplicationException;
import jp.sitegate.application.view.DecisionDocument;
import jp.sitegate.domain.shared.DomainException;
import jp.sitegate.domain.shared.Reason;

/**
 * The gate refused a shipment (LUN-DST-1): carries the stored NOT_ELIGIBLE decision with its findings. Does not
 * roll back, so the refusal itself stays on record. HTTP 422.
 */
@ApplicationException(rollback = false)
public class ShipmentRefusedException extends DomainException {
    private static final long serialVersionUID = 1L;
    private final transient DecisionDocument decision;

    /** @param decision the stored decision */
    public ShipmentRefusedException(DecisionDocument decision) {
        super("facilityCode", Reason.of("shipment.refused", decision.failingRequirements()));
        this.decision = decision;
    }

    /** @return the stored decision */
    public DecisionDocument decision() {
        return decision;
    }
}
