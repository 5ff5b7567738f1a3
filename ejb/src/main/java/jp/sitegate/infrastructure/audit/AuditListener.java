package jp.sitegate.infrastructure.audit;

import jp.sitegate.domain.shared.AuditedAsDigest;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import jp.sitegate.domain.model.facility.Facility;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.internal.sessions.ObjectChangeSet;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.mappings.ObjectReferenceMapping;
import org.eclipse.persistence.queries.WriteObjectQuery;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;
import org.eclipse.persistence.sessions.changesets.DirectToFieldChangeRecord;

/**
 * Writes one audit event for every insert, update and delete of an entity, in the same transaction and on the
 * same connection as the change: who and for which organisation (from {@link AuditContext}), when, what (entity and id), before and after
 * values (passwords never), chained by hash to the previous event (the chain head is locked, so events are
 * appended in order), numbered by its dense position in the chain ({@code seq}, counted in the head's
 * {@code event_count}; V7). A rolled-back change leaves no event and no number.
 */
public class AuditListener extends DescriptorEventAdapter {

    @Override
    public void postInsert(DescriptorEvent event) {
        write(event, "CREATE", null, snapshot(event.getDescriptor(), event.getObject(), event.getSession()));
    }

    @Override
    public void postUpdate(DescriptorEvent event) {
        JsonObjectBuilder before = Json.createObjectBuilder();
        JsonObjectBuilder after = Json.createObjectBuilder();
        boolean changed = false;
        ObjectChangeSet cs = event.getQuery() instanceof WriteObjectQuery q ? q.getObjectChangeSet() : null;
        if (cs != null) {
            for (ChangeRecord r : cs.getChanges()) {
                if (r instanceof DirectToFieldChangeRecord d && !secret(d.getAttribute())) {
                    add(before, d.getAttribute(), d.getOldValue());
                    add(after, d.getAttribute(), d.getNewValue());
                    changed = true;
                }
            }
        }
        if (changed) {
            write(event, "UPDATE", before.build().toString(), after.build().toString());
        }
    }

    @Override
    public void postDelete(DescriptorEvent event) {
        write(event, "DELETE", snapshot(event.getDescriptor(), event.getObject(), event.getSession()), null);
    }

    private static String snapshot(ClassDescriptor descriptor, Object o, org.eclipse.persistence.sessions.Session s) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        for (DatabaseMapping m : descriptor.getMappings()) {
            if (secret(m.getAttributeName())) {
                continue;
            }
            if (m instanceof DirectToFieldMapping && digested(descriptor.getJavaClass(), m.getAttributeName())) {
                Object v = m.getAttributeValueFromObject(o);
                add(b, m.getAttributeName() + "Sha256", v == null ? null
                        : v instanceof byte[] bytes ? AuditHash.sha256(bytes) : AuditHash.sha256(v.toString()));
            } else if (m instanceof DirectToFieldMapping) {
                add(b, m.getAttributeName(), m.getAttributeValueFromObject(o));
            } else if (m instanceof ObjectReferenceMapping ref) {
                Object target = ref.getRealAttributeValueFromObject(o, (AbstractSession) s);
                add(b, m.getAttributeName() + "Id", target == null ? null
                        : ref.getReferenceDescriptor().getObjectBuilder().extractPrimaryKeyFromObject(target,
                                (AbstractSession) s));
            }
        }
        return b.build().toString();
    }

    private static final java.util.Map<Class<?>, java.util.Set<String>> DIGESTED =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** @return whether the attribute is marked {@link AuditedAsDigest} */
    private static boolean digested(Class<?> type, String attribute) {
        return DIGESTED.computeIfAbsent(type, t -> {
            java.util.Set<String> names = new java.util.HashSet<>();
            for (Class<?> c = t; c != null; c = c.getSuperclass()) {
                for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                    if (f.isAnnotationPresent(AuditedAsDigest.class)) {
                        names.add(f.getName());
                    }
                }
            }
            return names;
        }).contains(attribute);
    }

    private static boolean secret(String attribute) {
        return attribute.toLowerCase(Locale.ROOT).contains("password");
    }

    private static void add(JsonObjectBuilder b, String name, Object v) {
        if (v == null) {
            b.addNull(name);
        } else if (v instanceof Number n && !(v instanceof java.math.BigDecimal)) {
            b.add(name, n.longValue());
        } else if (v instanceof Boolean bool) {
            b.add(name, bool);
        } else {
            b.add(name, v.toString());
        }
    }

    private static void write(DescriptorEvent event, String action, String before, String after) {
        Object o = event.getObject();
        AbstractSession session = (AbstractSession) event.getSession();
        String entity = event.getDescriptor().getAlias();
        Object id = event.getDescriptor().getObjectBuilder().extractPrimaryKeyFromObject(o, session);
        String facility = facilityOf(o);
        // issue 16: cached decisions of this facility (and of those naming it as a partner) are stale, not all
        DataChanges.written(entity, facility);
        append(session.getAccessor().getConnection(), AuditContext.current(), AuditContext.organisation(), action,
                entity, String.valueOf(id), facility, before, after);
    }

    /**
     * Appends one event to the chain on {@code c}, in its transaction: locks the chain head, chains the event's hash
     * to the previous one and numbers it. Used for entity changes and for security events (issue 15: logins,
     * lockouts, refusals), which change no entity.
     *
     * @param c            the transaction's connection
     * @param user         who (a user name, an attempted one for a failed login, or {@code system})
     * @param organisation the organisation they speak for, or {@code null}
     * @param action       CREATE, UPDATE, DELETE or a security event's name
     * @param entity       the entity's name
     * @param id           its id
     * @param facility     the facility code it concerns, or {@code null}
     * @param before       values before, JSON, or {@code null}
     * @param after        values after, JSON, or {@code null}
     * @throws IllegalStateException when the event cannot be written (the transaction then rolls back)
     */
    public static void append(Connection c, String user, Long organisation, String action, String entity, String id,
            String facility, String before, String after) {
        Instant now = AuditCustomizer.clock().instant().truncatedTo(ChronoUnit.MICROS);
        try (PreparedStatement head = c.prepareStatement(
                "SELECT last_hash, event_count FROM audit_chain WHERE id = 1 FOR UPDATE")) {
            String prev;
            long seq;
            try (ResultSet rs = head.executeQuery()) {
                rs.next();
                prev = rs.getString(1);
                seq = rs.getLong(2) + 1;
            }
            String hash = AuditHash.of(prev, now.toString(), user, action, entity, id, facility,
                    before, after, organisation);
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO audit_event (occurred_us, username, action, "
                    + "entity, entity_id, facility_code, before_json, after_json, prev_hash, hash, seq, "
                    + "organisation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ins.setLong(1, AuditHash.micros(now));
                ins.setString(2, user);
                ins.setString(3, action);
                ins.setString(4, entity);
                ins.setString(5, id);
                ins.setString(6, facility);
                ins.setString(7, before);
                ins.setString(8, after);
                ins.setString(9, prev);
                ins.setString(10, hash);
                ins.setLong(11, seq);
                if (organisation == null) {
                    ins.setNull(12, java.sql.Types.BIGINT);
                } else {
                    ins.setLong(12, organisation);
                }
                ins.executeUpdate();
            }
            try (PreparedStatement upd = c.prepareStatement(
                    "UPDATE audit_chain SET last_hash = ?, event_count = ? WHERE id = 1")) {
                upd.setString(1, hash);
                upd.setLong(2, seq);
                upd.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("audit trail could not be written; the change is rolled back", e);
        }
    }

    private static String facilityOf(Object o) {
        if (o instanceof Facility f) {
            return f.getCode().value();
        }
        if (o instanceof jp.sitegate.domain.model.stock.StockMovement m) {
            // a movement belongs to its lot's facility (issue 16: a stock change makes that facility's checks stale)
            return facilityOf(m.getLot());
        }
        try {
            Object f = o.getClass().getMethod("getFacility").invoke(o);
            return f instanceof Facility facility ? facility.getCode().value() : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
