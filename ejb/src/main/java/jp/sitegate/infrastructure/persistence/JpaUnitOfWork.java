package jp.sitegate.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jp.sitegate.domain.shared.UnitOfWork;

/** {@link UnitOfWork} over the transaction-scoped entity manager (issue 13). */
@ApplicationScoped
public class JpaUnitOfWork extends JpaAdapter implements UnitOfWork {
    /** For the container. */
    protected JpaUnitOfWork() {
    }

    /** @param em the entity manager (Java SE tests) */
    public JpaUnitOfWork(EntityManager em) {
        super(em);
    }

    @Override
    public <T> T add(T entity) {
        em.persist(entity);
        return entity;
    }

    @Override
    public <T> T find(Class<T> type, Object id) {
        return em.find(type, id);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void lockForUpdate(Object entity) {
        em.lock(entity, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public void flushAtCommit() {
        em.setFlushMode(FlushModeType.COMMIT);
    }
}
