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
        this("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1;"
                + "LOCK_TIMEOUT=20000", "sa", "", withDemo, false);
    }

    /**
     * Any database the application runs on (H2 or MySQL/MariaDB by URL), emptied first when {@code clean}.
     *
     * @param url      JDBC URL ({@code jdbc:h2:…} or {@code jdbc:mysql:…})
     * @param user     user
     * @param password password
     * @param withDemo also apply the demo data migrations
     * @param clean    drop every object of the schema first (Flyway clean)
     */
    public H2Database(String url, String user, String password, boolean withDemo, boolean clean) {
        jp.sitegate.application.gate.ProductCatalog.forgetCompiled();
        // a new database is a change no audit listener saw: every cached decision, the product catalogue and the
        // reference data are stale (issue 16)
        jp.sitegate.infrastructure.audit.DataChanges.written();
        this.url = url;
        migrate(url, user, password, withDemo, clean);
        emf = Persistence.createEntityManagerFactory("sitegate-se", properties(url, user, password));
    }

    /**
     * Applies the real migrations.
     *
     * @param url      JDBC URL
     * @param user     user
     * @param password password
     * @param withDemo also the demo data
     * @param clean    drop every object of the schema first
     */
    public static void migrate(String url, String user, String password, boolean withDemo, boolean clean) {
        Flyway flyway = Flyway.configure().dataSource(url, user, password).cleanDisabled(!clean).locations(withDemo
                ? new String[] {"classpath:db/migration", "classpath:db/demo"}
                : new String[] {"classpath:db/migration"}).load();
        if (clean) {
            flyway.clean();
        }
        flyway.migrate();
    }

    /**
     * @param url      JDBC URL
     * @param user     user
     * @param password password
     * @return the persistence unit properties for that database
     */
    public static Map<String, String> properties(String url, String user, String password) {
        return Map.of("jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", user,
                "jakarta.persistence.jdbc.password", password, "jakarta.persistence.jdbc.driver",
                url.startsWith("jdbc:mysql:") ? "com.mysql.cj.jdbc.Driver" : "org.h2.Driver");
    }

    /**
     * Re-dates the demo's Yamanashi bureau list (V1007: two weeks before the database was made) to a fixed day, for
     * tests on a fixed clock that import lists of their own (issue 12: an older list never changes current state).
     *
     * @param day the list's date, e.g. 2025-09-01 (the real list the demo filings come from)
     */
    public void demoListDated(java.time.LocalDate day) {
        inTransaction(em -> {
            em.createNativeQuery("UPDATE filing_import SET list_date = ? WHERE prefecture_code = '19'")
                    .setParameter(1, day).executeUpdate();
            em.createNativeQuery("UPDATE icu_filing SET source_date = ? WHERE end_date IS NULL AND facility_id IN "
                    + "(SELECT id FROM facility WHERE prefecture_code = '19')").setParameter(1, day).executeUpdate();
        });
        jp.sitegate.infrastructure.audit.DataChanges.written(); // past JPA: cached reference data hears of it
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

    /**
     * Runs work in one transaction and returns its result, committing as the container would: also when the work
     * throws an application exception that keeps the transaction ({@code @ApplicationException(rollback = false)},
     * e.g. a refused shipment keeps its stored decision).
     *
     * @param work what to do
     * @param <T>  its result
     * @return the work's result
     */
    public <T> T inTransactionReturning(java.util.function.Function<EntityManager, T> work) {
        EntityManager em = em();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            jakarta.ejb.ApplicationException kind = e.getClass().getAnnotation(jakarta.ejb.ApplicationException.class);
            if (kind != null && !kind.rollback() && em.getTransaction().isActive()) {
                em.getTransaction().commit();
            }
            throw e;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Override
    public void close() {
        if (emf.isOpen()) {
            emf.close();
        }
    }
}
