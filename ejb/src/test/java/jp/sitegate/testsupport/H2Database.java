package jp.sitegate.testsupport;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;

/**
 * A fresh in-memory H2 database in MySQL mode (as Payara's embedded default runs it) with the real Flyway
 * migrations applied, and an EclipseLink entity manager factory over it. One per test: tests share no state.
 */
public final class H2Database implements AutoCloseable {
    private final String url;
    private final EntityManagerFactory emf;

    /** @param withDemo also apply the demo data migrations */
    public H2Database(boolean withDemo) {
        jp.sitegate.application.ProductCatalog.forgetCompiled();
        url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000";
        Flyway.configure().dataSource(url, "sa", "").locations(withDemo
                ? new String[] {"classpath:db/migration", "classpath:db/demo"}
                : new String[] {"classpath:db/migration"}).load().migrate();
        emf = Persistence.createEntityManagerFactory("sitegate-se", Map.of(
                "jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", "", "jakarta.persistence.jdbc.driver", "org.h2.Driver"));
    }

    /** @return a new entity manager */
    public EntityManager em() {
        return emf.createEntityManager();
    }

    /** @return the factory */
    public EntityManagerFactory emf() {
        return emf;
    }

    /**
     * Runs work in one committed transaction.
     *
     * @param work what to do
     */
    public void inTransaction(Consumer<EntityManager> work) {
        EntityManager em = em();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Override
    public void close() {
        emf.close();
    }
}
