package jp.sitegate.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import jp.sitegate.domain.model.audit.AuditRecord;
import jp.sitegate.domain.model.audit.AuditRepository;
import jp.sitegate.domain.shared.Slice;

/** {@link AuditRepository} over the {@code audit_event} and {@code audit_chain} tables (V4, V7; issue 13). */
@ApplicationScoped
public class JpaAuditRepository extends JpaAdapter implements AuditRepository {
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

    /** For the container. */
    protected JpaAuditRepository() {
    }

    /** @param em the entity manager (Java SE tests) */
    public JpaAuditRepository(EntityManager em) {
        super(em);
    }

    @Override
    public Slice<AuditRecord> page(Filter filter, jp.sitegate.domain.shared.Sorting sorting, int first, int max) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> values = new ArrayList<>();
        condition(where, values, "facility_code = ?", filter.facilityCode());
        condition(where, values, "username = ?", filter.username());
        condition(where, values, "entity = ?", filter.entity());
        condition(where, values, "occurred_us >= ?", filter.fromUs());
        condition(where, values, "occurred_us < ?", filter.toUs());
        if (filter.manufacturerId() != null) {
            where.append(" AND ").append(OF_MANUFACTURER);
            values.addAll(List.of(filter.manufacturerId(), filter.manufacturerId(), filter.manufacturerId()));
        }
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM audit_event" + where);
        Query rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM audit_event" + where
                + sorting.orderBy(java.util.Map.of("occurred", "id"), "id DESC"));
        int i = 1;
        for (Object v : values) {
            count.setParameter(i, v);
            rows.setParameter(i, v);
            i++;
        }
        long total = ((Number) count.getSingleResult()).longValue();
        return new Slice<>(records(rows.setFirstResult(first).setMaxResults(max).getResultList()), total);
    }

    private static void condition(StringBuilder where, List<Object> values, String sql, Object value) {
        if (value != null) {
            where.append(" AND ").append(sql);
            values.add(value);
        }
    }

    @Override
    public List<AuditRecord> byPosition(long newestSeq, int max) {
        return records(em.createNativeQuery("SELECT " + COLUMNS + " FROM audit_event WHERE seq <= ? AND seq > ? "
                + "ORDER BY seq DESC").setParameter(1, newestSeq).setParameter(2, newestSeq - max).getResultList());
    }

    @Override
    public long eventCount() {
        return ((Number) em.createNativeQuery("SELECT event_count FROM audit_chain WHERE id = 1").getSingleResult())
                .longValue();
    }

    @Override
    public String headHash() {
        return (String) em.createNativeQuery("SELECT last_hash FROM audit_chain WHERE id = 1").getSingleResult();
    }

    @Override
    public List<AuditRecord> after(long afterId, int max) {
        return records(em.createNativeQuery("SELECT " + COLUMNS + " FROM audit_event WHERE id > ? ORDER BY id")
                .setParameter(1, afterId).setMaxResults(max).getResultList());
    }

    @Override
    public List<Checkpoint> checkpoints() {
        List<Checkpoint> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT event_id, hash, signed_us, signature FROM audit_checkpoint "
                + "ORDER BY event_id").getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new Checkpoint(((Number) r[0]).longValue(), ((String) r[1]).strip(), ((Number) r[2]).longValue(),
                    ((String) r[3]).strip()));
        }
        return out;
    }

    @Override
    public void addCheckpoint(Checkpoint c) {
        // issue 17: two instances signing the same head at once write one checkpoint, without an error
        em.createNativeQuery("INSERT IGNORE INTO audit_checkpoint (event_id, hash, signed_us, signature) "
                + "VALUES (?, ?, ?, ?)").setParameter(1, c.eventId()).setParameter(2, c.hash())
                .setParameter(3, c.signedUs()).setParameter(4, c.signature()).executeUpdate();
    }

    @Override
    public AuditRecord byId(long id) {
        List<AuditRecord> r = records(em.createNativeQuery("SELECT " + COLUMNS + " FROM audit_event WHERE id = ?")
                .setParameter(1, id).getResultList());
        return r.isEmpty() ? null : r.get(0);
    }

    private static List<AuditRecord> records(List<?> rows) {
        List<AuditRecord> out = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            out.add(new AuditRecord(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                    (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8],
                    (String) r[9], (String) r[10], r[11] == null ? null : ((Number) r[11]).longValue()));
        }
        return out;
    }
}
