package jp.sitegate.application.view;

/**
 * One audit event as the safety manager reads it.
 *
 * @param id           sequence number
 * @param occurredAt   when (ISO-8601)
 * @param username     who
 * @param action       CREATE, UPDATE or DELETE
 * @param entity       entity name
 * @param entityId     entity id
 * @param facilityCode facility concerned, or {@code null}
 * @param before       values before (JSON), or {@code null}
 * @param after        values after (JSON), or {@code null}
 * @param hash         this event's hash
 * @param organisationId the actor's organisation (issue 10), or {@code null} for the system and events before V8
 */
public record AuditEventView(long id, String occurredAt, String username, String action, String entity,
        String entityId, String facilityCode, String before, String after, String hash, Long organisationId) {
}
