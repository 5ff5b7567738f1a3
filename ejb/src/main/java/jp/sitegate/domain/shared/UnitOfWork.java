package jp.sitegate.domain.shared;

/**
 * The changes of the caller's transaction (issue 13: the application adds, finds and flushes through this and its
 * repositories, never through JPA; the adapter is {@code infrastructure.persistence.JpaUnitOfWork}). Fowler's Unit of
 * Work: new entities are added, changed entities are tracked, and everything is written when the transaction
 * commits — or earlier on {@link #flush}, which assigns ids and versions and checks constraints at once.
 */
public interface UnitOfWork {
    /**
     * @param entity a new entity, written with the transaction
     * @param <T>    its type
     * @return the entity
     */
    <T> T add(T entity);

    /**
     * @param type an entity type
     * @param id   its id
     * @param <T>  the type
     * @return the entity, or {@code null} when none has that id
     */
    <T> T find(Class<T> type, Object id);

    /** Writes the changes so far: ids and versions are assigned, constraints and optimistic locks checked. */
    void flush();

    /** @param entity an entity whose row stays locked until the transaction ends (no concurrent change) */
    void lockForUpdate(Object entity);

    /** Writes only at commit from now on (bulk generation: no automatic flush before each query). */
    void flushAtCommit();
}
