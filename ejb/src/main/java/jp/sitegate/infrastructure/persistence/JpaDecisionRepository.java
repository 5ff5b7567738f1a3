package jp.sitegate.infrastructure.persistence;

import jp.sitegate.domain.shared.Slice;
import jp.sitegate.domain.model.product.Product;
import jp.sitegate.domain.model.eligibility.StoredDecision;
import java.util.TreeSet;
import java.util.SortedSet;
import java.util.List;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jp.sitegate.domain.model.eligibility.DecisionRepository;

/** {@link DecisionRepository} over JPA (issue 13). */
@ApplicationScoped
public class JpaDecisionRepository extends JpaAdapter implements DecisionRepository {
    /** For the container. */
    protected JpaDecisionRepository() {
    }

    /** @param em the entity manager (Java SE tests) */
    public JpaDecisionRepository(EntityManager em) {
        super(em);
    }

    /** What each column a decision list sorts by (issue 14) sorts by. */
    private static final java.util.Map<String, String> SORT_BY = java.util.Map.of("decidedAt", "d.decidedAt",
            "facility", "d.facility.code", "product", "d.product.nameJa", "outcome", "d.outcome");

    @Override
    public Slice<StoredDecision> page(boolean blockedOnly, long manufacturerId,
            jp.sitegate.domain.shared.Sorting sorting, int first, int max) {
        long total = em.createQuery("SELECT COUNT(d) FROM StoredDecision d WHERE (:blocked = FALSE OR d.outcome = "
                + "jp.sitegate.domain.model.eligibility.DecisionOutcome.NOT_ELIGIBLE) AND (:manufacturer = 0 OR "
                + "d.product.manufacturerId = :manufacturer)", Long.class)
                .setParameter("blocked", blockedOnly).setParameter("manufacturer", manufacturerId).getSingleResult();
        return new Slice<>(em.createQuery("SELECT d FROM StoredDecision d JOIN FETCH d.facility JOIN FETCH d.product "
                + "WHERE (:blocked = FALSE OR d.outcome = jp.sitegate.domain.model.eligibility.DecisionOutcome."
                + "NOT_ELIGIBLE) AND (:manufacturer = 0 OR d.product.manufacturerId = :manufacturer)"
                + sorting.orderBy(SORT_BY, "d.decidedAt DESC, d.id DESC"), StoredDecision.class)
                .setParameter("blocked", blockedOnly).setParameter("manufacturer", manufacturerId)
                .setFirstResult(first).setMaxResults(max).getResultList(), total);
    }

    @Override
    public SortedSet<String> programmeFacilities(Product product) {
        SortedSet<String> codes = new TreeSet<>();
        for (String entity : List.of("Briefing", "Shipment")) {
            em.createQuery("SELECT DISTINCT x.facility.code FROM " + entity + " x WHERE x.product = :p", Object.class)
                    .setParameter("p", product).getResultList().forEach(c -> codes.add(c.toString()));
        }
        return codes;
    }
}
