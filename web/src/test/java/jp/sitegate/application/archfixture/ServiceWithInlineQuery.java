package jp.sitegate.application.archfixture;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * A deliberate violation for LayerRulesTest (issue 13): an "application" class with a static helper over an
 * {@link EntityManager} that runs its own query instead of asking a repository. It lives in the test sources, so the
 * rules applied to the real code never see it.
 */
public final class ServiceWithInlineQuery {
    private ServiceWithInlineQuery() {
    }

    /**
     * @param em an entity manager
     * @return facility codes, read inline
     */
    public static List<String> codes(EntityManager em) {
        return em.createQuery("SELECT f.code FROM Facility f", String.class).getResultList();
    }
}
