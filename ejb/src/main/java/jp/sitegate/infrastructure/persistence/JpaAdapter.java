package jp.sitegate.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Base of the JPA repository adapters (issue 13): the container injects the transaction-scoped entity manager of
 * the persistence unit {@code sitegate}; Java SE tests pass their own to the constructor.
 */
public abstract class JpaAdapter {
    /** The entity manager of the caller's transaction. */
    @PersistenceContext(unitName = "sitegate")
    protected EntityManager em;

    /** For the container (CDI needs a no-argument constructor). */
    protected JpaAdapter() {
    }

    /** @param em the entity manager (Java SE tests) */
    protected JpaAdapter(EntityManager em) {
        this.em = em;
    }
}
