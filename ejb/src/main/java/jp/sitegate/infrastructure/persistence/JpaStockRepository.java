package jp.sitegate.infrastructure.persistence;

import jp.sitegate.domain.model.stock.TocilizumabLot;
import java.util.List;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import jp.sitegate.domain.model.stock.StockRepository;
import jp.sitegate.domain.model.stock.TocilizumabStrength;

/** {@link StockRepository} over JPA (issue 13). */
@ApplicationScoped
public class JpaStockRepository extends JpaAdapter implements StockRepository {
    /** For the container. */
    protected JpaStockRepository() {
    }

    /** @param em the entity manager (Java SE tests) */
    public JpaStockRepository(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<TocilizumabStrength> strength(String yjCode) {
        return yjCode == null ? Optional.empty() : Optional.ofNullable(em.find(TocilizumabStrength.class, yjCode));
    }

    @Override
    public Optional<TocilizumabLot> lot(long facilityId, String yjCode, String lotNumber) {
        return em.createNamedQuery("TocilizumabLot.find", TocilizumabLot.class).setParameter("facilityId", facilityId)
                .setParameter("yj", yjCode).setParameter("lot", lotNumber).getResultStream().findFirst();
    }

    @Override
    public int vialsOnHand(TocilizumabLot lot) {
        return em.createQuery("SELECT COALESCE(SUM(m.vials), 0) FROM StockMovement m WHERE m.lot = :lot",
                Number.class).setParameter("lot", lot).getSingleResult().intValue();
    }

    @Override
    public List<String> intravenousStrengths() {
        return em.createNamedQuery("TocilizumabStrength.all", TocilizumabStrength.class).getResultStream()
                .filter(s -> TocilizumabStrength.IV.equals(s.getRoute())).map(TocilizumabStrength::getYjCode)
                .sorted().toList();
    }

    @Override
    public boolean anyLotNumbered(String lotNumber) {
        return !em.createQuery("SELECT l.id FROM TocilizumabLot l WHERE l.lotNumber = :n", Long.class)
                .setParameter("n", lotNumber).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public java.util.List<jp.sitegate.domain.model.stock.StockMovement> movements(long facilityId) {
        return em.createQuery("SELECT m FROM StockMovement m JOIN FETCH m.lot l WHERE l.facility.id = :f "
                + "ORDER BY l.lotNumber, l.yjCode, m.occurredAt, m.id", jp.sitegate.domain.model.stock.StockMovement.class)
                .setParameter("f", facilityId).getResultList();
    }
}
