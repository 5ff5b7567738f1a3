package jp.sitegate.application.admin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import jp.sitegate.application.Authorization;
import jp.sitegate.application.view.AuditEventView;
import jp.sitegate.application.view.AuthenticatedUser;
import jp.sitegate.application.view.Page;
import jp.sitegate.domain.model.audit.AuditRecord;
import jp.sitegate.domain.model.audit.AuditRepository;
import jp.sitegate.domain.model.user.Role;
import jp.sitegate.domain.shared.InvalidInputException;
import jp.sitegate.infrastructure.audit.AuditHash;

/**
 * Reading and verifying the audit trail (issue 4): browse with filters (facility, user, entity, time), and walk the
 * hash chain, reporting the first broken link (an edited, inserted or deleted event); with {@code sitegate.audit.key}
 * set, from the newest signed checkpoint, signing a new one at the head (issue 15; hourly by
 * {@link AuditCheckpoints}).
 */
@Stateless
public class AuditService {
    /** The largest page {@link #browse} reads, and the chunk the chain is verified in. */
    public static final int CHUNK = 1000;
    @Inject
    private AuditRepository trail;

    @Inject
    private Authorization authorization;

    /** The key that signs checkpoints (issue 15), held outside the database; absent: no checkpoints. */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "sitegate.audit.key")
    private java.util.Optional<String> auditKey;

    @Inject
    private java.time.Clock clock;

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
     * @return the events the caller may read (what {@link AuditRepository.Filter#manufacturerId} lets a manufacturer read), newest first
     * @throws InvalidInputException for a bad page or size
     * @throws jp.sitegate.domain.shared.ForbiddenException unless {@link #requireReader} lets the caller through
     */
    public Page<AuditEventView> browse(Filter filter, int page, int size) {
        return browse(filter, jp.sitegate.domain.shared.Sorting.NONE, page, size);
    }

    /**
     * The same list in the order its reader sorted it (issue 14).
     *
     * @param filter  filters
     * @param sorting by occurred (ascending: oldest first, the chain's order), or {@code Sorting.NONE} for newest
     *                first
     * @param page    0-based page
     * @param size    1–1000
     * @return the events the caller may read, in that order
     * @throws InvalidInputException for a bad page or size, or naming {@code sort} for a column other than occurred
     * @throws jp.sitegate.domain.shared.ForbiddenException unless {@link #requireReader} lets the caller through
     */
    public Page<AuditEventView> browse(Filter filter, jp.sitegate.domain.shared.Sorting sorting, int page,
            int size) {
        Long organisation = requireReader();
        if (page < 0 || size < 1 || size > CHUNK) {
            throw InvalidInputException.of("size", "audit.page-0-size-1");
        }
        AuditRepository.Filter f = new AuditRepository.Filter(blankToNull(
                jp.sitegate.domain.model.facility.MedicalInstitutionCode.normalize(filter.facilityCode())),
                blankToNull(filter.username()), blankToNull(filter.entity()),
                filter.from() == null ? null : AuditHash.micros(filter.from()),
                filter.to() == null ? null : AuditHash.micros(filter.to()), organisation);
        if (f.none() && sorting.column() == null) {
            // the whole trail by dense position (V7): the total is the chain head's count and a page is a range of
            // positions, so any page of a million events costs the same as the first (issue 6)
            long total = trail.eventCount();
            return new Page<>(trail.byPosition(total - (long) page * size, size).stream().map(AuditService::view)
                    .toList(), page, size, total);
        }
        var found = trail.page(f, sorting, page * size, size);
        return new Page<>(found.items().stream().map(AuditService::view).toList(), page, size, found.total());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * The outcome of walking the chain.
     *
     * @param intact        true when every link holds
     * @param eventsChecked events walked
     * @param firstBrokenId the first event whose link or hash does not hold, or {@code null}
     * @param reason        why it is broken, or {@code null}: {@code link-broken} (an event before it was changed,
     *                      inserted or deleted), {@code hash-mismatch} (its content does not match its hash),
     *                      {@code newest-deleted}, {@code checkpoint-signature} (a checkpoint was forged or changed),
     *                      {@code checkpoint-event-changed} (the newest checkpoint's event was changed or deleted),
     *                      {@code rewritten} (an event no longer has the hash its checkpoint signed)
     * @param fromCheckpoint   the event of the signed checkpoint the walk started after, or {@code null} (from the
     *                         first event)
     * @param signedCheckpoint the event this verification signed as a new checkpoint, or {@code null}
     */
    public record Verification(boolean intact, long eventsChecked, Long firstBrokenId, String reason,
            Long fromCheckpoint, Long signedCheckpoint) {
    }

    /**
     * Verifies the chain from the newest checkpoint whose signature holds (issue 15: incremental), and signs a new
     * checkpoint at the head when the chain is intact and a key is configured.
     *
     * @return the result
     * @throws jp.sitegate.domain.shared.ForbiddenException unless a safety manager or system administrator
     */
    public Verification verify() {
        return verify(false);
    }

    /**
     * Walks the hash chain (issue 4) and checks the signed checkpoints (issue 15). Every checkpoint's signature must
     * verify under {@code sitegate.audit.key}; the walk starts at the newest one (its event must still have the
     * signed hash), or at the first event when {@code full} or when there is none, and every checkpoint it passes
     * must match its event. An intact chain gets a new checkpoint at its head. Without a key the whole chain is
     * walked and nothing is signed: the chain alone cannot show a rewrite by someone who recomputed every hash.
     *
     * @param full true to walk from the first event whatever the checkpoints
     * @return the result, with the checkpoint the walk started from and the one signed
     * @throws jp.sitegate.domain.shared.ForbiddenException unless a safety manager or system administrator
     */
    public Verification verify(boolean full) {
        authorization.anyRole(Role.SAFETY_MANAGER, Role.SYSTEM_ADMIN);
        String key = auditKey == null ? null : auditKey.filter(k -> !k.isBlank()).orElse(null);
        java.util.Map<Long, AuditRepository.Checkpoint> signed = new java.util.HashMap<>();
        AuditRepository.Checkpoint newest = null;
        if (key != null) {
            for (AuditRepository.Checkpoint c : trail.checkpoints()) {
                if (!AuditHash.checkpointSignature(key, c.eventId(), c.hash()).equals(c.signature())) {
                    return new Verification(false, 0, c.eventId(), "checkpoint-signature", null, null);
                }
                signed.put(c.eventId(), c);
                newest = c;
            }
        }
        String prev = AuditHash.GENESIS;
        long lastId = 0;
        Long from = null;
        if (!full && newest != null) {
            AuditRecord at = trail.byId(newest.eventId());
            if (at == null || !newest.hash().equals(at.hash())) {
                return new Verification(false, 0, newest.eventId(), "checkpoint-event-changed", newest.eventId(), null);
            }
            prev = at.hash();
            lastId = at.id();
            from = at.id();
        }
        long checked = 0;
        while (true) {
            List<AuditRecord> chunk = trail.after(lastId, CHUNK);
            if (chunk.isEmpty()) {
                break;
            }
            for (AuditRecord r : chunk) {
                AuditEventView e = view(r);
                String storedPrev = r.prevHash();
                if (!prev.equals(storedPrev)) {
                    return new Verification(false, checked, e.id(), "link-broken", from, null);
                }
                String expected = AuditHash.of(storedPrev, e.occurredAt(), e.username(), e.action(), e.entity(),
                        e.entityId(), e.facilityCode(), e.before(), e.after(), e.organisationId());
                if (!expected.equals(e.hash())) {
                    return new Verification(false, checked, e.id(), "hash-mismatch", from,
                            null);
                }
                AuditRepository.Checkpoint c = signed.get(e.id());
                if (c != null && !c.hash().equals(e.hash())) {
                    return new Verification(false, checked, e.id(), "rewritten", from, null);
                }
                prev = e.hash();
                lastId = e.id();
                checked++;
            }
        }
        String head = trail.headHash();
        if (!head.equals(prev)) {
            return new Verification(false, checked, lastId + 1, "newest-deleted", from, null);
        }
        Long signedNow = null;
        if (key != null && lastId > 0 && !signed.containsKey(lastId)) {
            trail.addCheckpoint(new AuditRepository.Checkpoint(lastId, prev, AuditHash.micros(clock.instant()),
                    AuditHash.checkpointSignature(key, lastId, prev)));
            signedNow = lastId;
        }
        return new Verification(true, checked, null, null, from, signedNow);
    }

    private static AuditEventView view(AuditRecord r) {
        Instant at = AuditHash.instant(r.occurredUs());
        return new AuditEventView(r.id(), at.toString(), r.username(), r.action(), r.entity(), r.entityId(),
                r.facilityCode(), r.before(), r.after(), r.hash(), r.organisationId());
    }
}
