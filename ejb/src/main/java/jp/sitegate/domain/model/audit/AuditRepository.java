package jp.sitegate.domain.model.audit;

import java.util.List;
import jp.sitegate.domain.shared.Slice;

/**
 * Reads the audit trail (issue 4; issue 13: the JPA adapter is
 * {@code infrastructure.persistence.JpaAuditRepository}). Events are written by the audit listener, never here.
 */
public interface AuditRepository {
    /**
     * Filters; {@code null} means any.
     *
     * @param facilityCode   facility code (normalised)
     * @param username       user name
     * @param entity         entity name
     * @param fromUs         from (inclusive), microseconds since the epoch
     * @param toUs           to (exclusive), microseconds since the epoch
     * @param manufacturerId only what a manufacturer's safety manager reads (issue 10): what its own people did,
     *                       and what the facility's own people and the system did at facilities it is tied to
     */
    record Filter(String facilityCode, String username, String entity, Long fromUs, Long toUs, Long manufacturerId) {
        /** @return true when nothing is filtered */
        public boolean none() {
            return facilityCode == null && username == null && entity == null && fromUs == null && toUs == null
                    && manufacturerId == null;
        }
    }

    /**
     * @param filter  filters
     * @param sorting by occurred (the chain's order, issue 14), or {@code Sorting.NONE} for newest first
     * @param first   index of the first row
     * @param max     at most this many rows
     * @return the matching events in that order, and how many match
     * @throws jp.sitegate.domain.shared.InvalidInputException naming {@code sort} for another column
     */
    Slice<AuditRecord> page(Filter filter, jp.sitegate.domain.shared.Sorting sorting, int first, int max);

    /**
     * The whole trail by dense position (V7): any page of a million events costs the same as the first (issue 6).
     *
     * @param newestSeq the position of the page's newest event
     * @param max       at most this many events
     * @return the events at positions {@code newestSeq} down to {@code newestSeq - max + 1}, newest first
     */
    List<AuditRecord> byPosition(long newestSeq, int max);

    /** @return how many events the chain holds (its head's count) */
    long eventCount();

    /** @return the chain head's hash */
    String headHash();

    /**
     * @param afterId an event id ({@code 0} for the start)
     * @param max     at most this many
     * @return the events after it, oldest first
     */
    List<AuditRecord> after(long afterId, int max);

    /**
     * A signed checkpoint of the chain (issue 15).
     *
     * @param eventId   the event signed
     * @param hash      its hash when signed
     * @param signedUs  when, microseconds since the epoch
     * @param signature HMAC-SHA256 of the event id and hash under the audit key, lower-case hex
     */
    record Checkpoint(long eventId, String hash, long signedUs, String signature) {
    }

    /** @return every checkpoint, oldest first */
    List<Checkpoint> checkpoints();

    /** @param checkpoint a new checkpoint (one per event: a second one for the same event is ignored) */
    void addCheckpoint(Checkpoint checkpoint);

    /**
     * @param id an event id
     * @return the event, or {@code null}
     */
    AuditRecord byId(long id);
}
