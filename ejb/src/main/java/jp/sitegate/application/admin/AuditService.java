package jp.sitegate.application.admin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.sitegate.application.Authorization;
import jp.sitegate.application.view.AuditEventView;
import jp.sitegate.application.view.AuthenticatedUser;
import jp.sitegate.application.view.Page;
import jp.sitegate.domain.model.user.Role;
import jp.sitegate.domain.shared.InvalidInputException;
import jp.sitegate.infrastructure.audit.AuditHash;

/**
 * Reading and verifying the audit trail (issue 4): browse with filters (facility, user, entity, time), and walk the
 * hash chain from the first event, reporting the first broken link (an edited, inserted or deleted event).
 */
@Stateless
public class AuditService {
    private static final int CHUNK = 1000;
    private static final String COLUMNS = "id, occurred_us, username, action, entity, entity_id, facility_code, "
            + "before_json, after_json, prev_hash, hash, organisation_id";

    /**
     * What a manufacturer's safety manager reads (issue 10): what its own people did, and what the facility's own
     * people and the system did at facilities it is tied to (one of its MRs assigned, or one of its products
     * shipped there) — never what another manufacturer or a distributor did there. Parameters: the company's id ×3.
     */
    static final String OF_MANUFACTURER = "(organisation_id = ? OR ((organisation_id IS NULL OR organisation_id IN "
            + "(SELECT o.id FROM organisation o JOIN facility fo ON fo.id = o.facility_id "
            + "WHERE fo.code = audit_event.facility_code)) AND facility_code IN ("
            + "SELECT f.code FROM mr_assignment a JOIN app_user u ON u.id = a.user_id "
            + "JOIN facility f ON f.id = a.facility_id WHERE u.organisation_id = ? "
            + "UNION SELECT f.code FROM shipment s JOIN product p ON p.id = s.product_id "
            + "JOIN facility f ON f.id = s.facility_id WHERE p.manufacturer_id = ?)))";

    @PersistenceContext(unitName = "sitegate")
    private EntityManager em;

    @Inject
    private Authorization authorization;

    /**
     * Who reads the audit trail: a manufacturer's safety manager (issue 4), what concerns its own organisation
     * (issue 10), and the operator's system administrator, the whole trail (the platform's own audit, with the chain
     * verification). Callers that parse input before {@link #browse} call this first, so a caller without the right
     * gets 403 whatever the input.
     *
     * @return the safety manager's organisation id, or {@code null} for the whole trail (operator, system work)
     * @throws jp.sitegate.domain.shared.ForbiddenException otherwise
     */
    public Long requireReader() {
        AuthenticatedUser u = authorization.anyRole(Role.SAFETY_MANAGER, Role.SYSTEM_ADMIN);
        return u == null || u.has(Role.SYSTEM_ADMIN) ? null : u.organisationId();
    }

    /**
     * Filters; {@code null} means any.
     *
     * @param facilityCode facility
     * @param username     user
     * @param entity       entity name
     * @param from         from (inclusive)
     * @param to           to (exclusive)
     */
    public record Filter(String facilityCode, String username, String entity, Instant from, Instant to) {
    }

    /**
     * @param filter filters
     * @param page   0-based page
     * @param size   1–1000
     * @return the events the caller may read ({@link #OF_MANUFACTURER}), newest first
     * @throws InvalidInputException for a bad page or size
     * @throws jp.sitegate.domain.shared.ForbiddenException unless {@link #requireReader} lets the caller through
     */
    public Page<AuditEventView> browse(Filter filter, int page, int size) {
        Long organisation = requireReader();
        if (page < 0 || size < 1 || size > CHUNK) {
            throw InvalidInputException.of("size", "audit.page-0-size-1");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        condition(where, params, "facility_code = ?",
                jp.sitegate.domain.model.facility.MedicalInstitutionCode.normalize(filter.facilityCode()));
        condition(where, params, "username = ?", filter.username());
        condition(where, params, "entity = ?", filter.entity());
        condition(where, params, "occurred_us >= ?", filter.from() == null ? null : AuditHash.micros(filter.from()));
        condition(where, params, "occurred_us < ?", filter.to() == null ? null : AuditHash.micros(filter.to()));
        List<Object> values = new ArrayList<>(params.values());
        if (organisation != null) {
            where.append(" AND ").append(OF_MANUFACTURER);
            values.addAll(List.of(organisation, organisation, organisation));
        }
        if (values.isEmpty()) {
            return byPosition(page, size);
        }
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM audit_event" + where);
        Query rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM audit_event" + where + " ORDER BY id DESC");
        int i = 1;
        for (Object v : values) {
            count.setParameter(i, v);
            rows.setParameter(i, v);
            i++;
        }
        long total = ((Number) count.getSingleResult()).longValue();
        List<AuditEventView> items = new ArrayList<>();
        for (Object r : rows.setFirstResult(page * size).setMaxResults(size).getResultList()) {
            items.add(view((Object[]) r));
        }
        return new Page<>(items, page, size, total);
    }

    /**
     * The whole trail, newest first, by dense position (V7): the total is the chain head's count and a page is a
     * range of positions, so any page of a million events costs the same as the first (issue 6).
     */
    private Page<AuditEventView> byPosition(int page, int size) {
        long total = ((Number) em.createNativeQuery("SELECT event_count FROM audit_chain WHERE id = 1")
                .getSingleResult()).longValue();
        long newest = total - (long) page * size;
        List<AuditEventView> items = new ArrayList<>();
        for (Object r : em.createNativeQuery("SELECT " + COLUMNS + " FROM audit_event WHERE seq <= ? AND seq > ? "
                + "ORDER BY seq DESC").setParameter(1, newest).setParameter(2, newest - size).getResultList()) {
            items.add(view((Object[]) r));
        }
        return new Page<>(items, page, size, total);
    }

    private static void condition(StringBuilder where, Map<String, Object> params, String sql, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            where.append(" AND ").append(sql);
            params.put(sql, value instanceof String s ? s.strip() : value);
        }
    }

    /**
     * The outcome of walking the chain.
     *
     * @param intact        true when every link holds
     * @param eventsChecked events walked
     * @param firstBrokenId the first event whose link or hash does not hold, or {@code null}
     * @param reason        why it is broken (English), or {@code null}
     */
    public record Verification(boolean intact, long eventsChecked, Long firstBrokenId, String reason) {
    }

    /**
     * @return the result of walking the whole chain from the first event
     * @throws jp.sitegate.domain.shared.ForbiddenException unless a safety manager or system administrator
     */
    public Verification verify() {
        authorization.anyRole(Role.SAFETY_MANAGER, Role.SYSTEM_ADMIN);
        String prev = AuditHash.GENESIS;
        long lastId = 0;
        long checked = 0;
        while (true) {
            @SuppressWarnings("unchecked")
            List<Object[]> chunk = em.createNativeQuery("SELECT " + COLUMNS + " FROM audit_event WHERE id > ? "
                    + "ORDER BY id").setParameter(1, lastId).setMaxResults(CHUNK).getResultList();
            if (chunk.isEmpty()) {
                break;
            }
            for (Object[] r : chunk) {
                AuditEventView e = view(r);
                String storedPrev = (String) r[9];
                if (!prev.equals(storedPrev)) {
                    return new Verification(false, checked, e.id(), "previous-hash link broken (an event before it "
                            + "was changed, inserted or deleted)");
                }
                String expected = AuditHash.of(storedPrev, e.occurredAt(), e.username(), e.action(), e.entity(),
                        e.entityId(), e.facilityCode(), e.before(), e.after(), e.organisationId());
                if (!expected.equals(e.hash())) {
                    return new Verification(false, checked, e.id(), "event content does not match its hash");
                }
                prev = e.hash();
                lastId = e.id();
                checked++;
            }
        }
        String head = (String) em.createNativeQuery("SELECT last_hash FROM audit_chain WHERE id = 1").getSingleResult();
        if (!head.equals(prev)) {
            return new Verification(false, checked, lastId + 1, "the newest events were deleted");
        }
        return new Verification(true, checked, null, null);
    }

    private static AuditEventView view(Object[] r) {
        Instant at = AuditHash.instant(((Number) r[1]).longValue());
        return new AuditEventView(((Number) r[0]).longValue(), at.toString(), (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[10],
                r[11] == null ? null : ((Number) r[11]).longValue());
    }
}
