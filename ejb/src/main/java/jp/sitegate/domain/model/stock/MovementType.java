package jp.sitegate.domain.model.stock;

/** Kinds of tocilizumab stock movement; the sign each applies to the lot's vials. */
public enum MovementType implements jp.sitegate.domain.shared.Labelled {
    RECEIVED(1),
    USED(-1),
    EXPIRED(-1),
    RETURNED(-1);

    private final int sign;

    MovementType(int sign) {
        this.sign = sign;
    }

    /**
     * @param vials a positive number of vials
     * @return the signed ledger quantity
     */
    public int signed(int vials) {
        return sign * vials;
    }
}
