package jp.sitegate.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.sitegate.domain.model.status.ScheduledRunRepository;

/**
 * {@link ScheduledRunRepository} over native SQL (issue 17): {@code INSERT IGNORE} (MySQL, MariaDB, and H2 in MySQL
 * mode), so the loser of two concurrent claims waits for the winner's commit and inserts nothing, without an error
 * that would roll its transaction back.
 */
@ApplicationScoped
public class JpaScheduledRunRepository extends JpaAdapter implements ScheduledRunRepository {

    /** For the container. */
    protected JpaScheduledRunRepository() {
    }

    /** @param em the entity manager (Java SE tests) */
    public JpaScheduledRunRepository(EntityManager em) {
        super(em);
    }

    @Override
    public boolean claim(String name, String slot, String instance, Instant now, Instant staleBefore) {
        if (insertIgnore(name, slot, instance, now) == 1) {
            return true;
        }
        return em.createNativeQuery("UPDATE scheduled_run SET claimed_by = ?, claimed_at = ? WHERE name = ? AND slot = ? "
                + "AND finished_at IS NULL AND claimed_at < ?").setParameter(1, instance)
                .setParameter(2, Timestamp.from(now)).setParameter(3, name).setParameter(4, slot)
                .setParameter(5, Timestamp.from(staleBefore)).executeUpdate() == 1;
    }

    @Override
    public void serialise(String name, String instance, Instant now) {
        insertIgnore(name, LOCK_SLOT, instance, now);
        em.createNativeQuery("SELECT claimed_by FROM scheduled_run WHERE name = ? AND slot = ? FOR UPDATE")
                .setParameter(1, name).setParameter(2, LOCK_SLOT).getResultList();
    }

    /** @return 1 when the row was inserted, 0 when it was there (a concurrent inserter waits for the other's commit) */
    private int insertIgnore(String name, String slot, String instance, Instant now) {
        return em.createNativeQuery("INSERT IGNORE INTO scheduled_run (name, slot, claimed_by, claimed_at) "
                + "VALUES (?, ?, ?, ?)").setParameter(1, name).setParameter(2, slot).setParameter(3, instance)
                .setParameter(4, Timestamp.from(now)).executeUpdate();
    }

    /** The slot of a lock's row. */
    private static final String LOCK_SLOT = "lock";

    @Override
    public void finish(String name, String slot, String instance, Instant now, String summary) {
        em.createNativeQuery("UPDATE scheduled_run SET finished_at = ?, summary = ? WHERE name = ? AND slot = ? "
                + "AND claimed_by = ?").setParameter(1, Timestamp.from(now))
                .setParameter(2, summary.length() > 500 ? summary.substring(0, 500) : summary).setParameter(3, name)
                .setParameter(4, slot).setParameter(5, instance).executeUpdate();
    }

    @Override
    public Optional<Claim> find(String name, String slot) {
        List<?> rows = em.createNativeQuery("SELECT claimed_by, claimed_at, finished_at, summary FROM scheduled_run "
                + "WHERE name = ? AND slot = ?").setParameter(1, name).setParameter(2, slot).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new Claim((String) r[0], instant(r[1]), instant(r[2]), (String) r[3]));
    }

    private static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.LocalDateTime l) {
            return Timestamp.valueOf(l).toInstant();
        }
        return ((java.util.Date) o).toInstant();
    }
}
