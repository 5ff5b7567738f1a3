package jp.sitegate.domain.model.stock;

import java.util.Optional;

/** Tocilizumab strengths (issue 13: the JPA adapter is {@code infrastructure.persistence.JpaStockRepository}). */
public interface StockRepository {
    /**
     * @param yjCode a YJ code
     * @return the tocilizumab strength with that code, empty when the code is not tocilizumab
     */
    Optional<TocilizumabStrength> strength(String yjCode);

    /**
     * @param facilityId a facility
     * @param yjCode     the lot's YJ code
     * @param lotNumber  the lot number
     * @return the facility's lot, if recorded
     */
    Optional<TocilizumabLot> lot(long facilityId, String yjCode, String lotNumber);

    /**
     * @param lot a lot
     * @return the vials on hand (the sum of its movements)
     */
    int vialsOnHand(TocilizumabLot lot);

    /** @return the intravenous tocilizumab strengths' YJ codes, sorted */
    java.util.List<String> intravenousStrengths();

    /**
     * @param lotNumber a lot number
     * @return true when some facility recorded a lot with it
     */
    boolean anyLotNumbered(String lotNumber);

    /**
     * @param facilityId a facility
     * @return every stock movement of its lots, by lot number, then oldest first (the 受払簿, issue 14)
     */
    java.util.List<StockMovement> movements(long facilityId);
}
