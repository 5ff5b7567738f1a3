package jp.sitegate.domain.model.audit;

/**
 * One event of the hash-chained audit trail as stored (REQUIREMENTS.md §8: every fact has an author, an
 * organisation and a date; issue 4).
 *
 * @param id             the event id
 * @param occurredUs     when, in microseconds since the epoch
 * @param username       who
 * @param action         CREATE, UPDATE, DELETE or an event name
 * @param entity         the entity's name
 * @param entityId       the entity's id
 * @param facilityCode   the facility concerned, or {@code null}
 * @param before         the values before (JSON), or {@code null}
 * @param after          the values after (JSON), or {@code null}
 * @param prevHash       the hash of the event before it
 * @param hash           its own hash
 * @param organisationId the author's organisation, or {@code null} for system work
 */
public record AuditRecord(long id, long occurredUs, String username, String action, String entity, String entityId,
        String facilityCode, String before, String after, String prevHash, String hash, Long organisationId) {
}
