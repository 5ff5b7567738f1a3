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
 * hash chain from the first event, reporting the first broken link (an edited, inserted or deleted event).
 */
@Stateless
public class AuditService {
    private static final int CHUNK = 1000;
    @Inject
    private AuditRepository trail;

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
     * @return the events the caller may read (what {@link AuditRepository.Filter#manufacturerId} lets a manufacturer read), newest first
     * @throws InvalidInputException for a bad page or size
     * @throws jp.sitegate.domain.shared.ForbiddenException unless {@link #requireReader} lets the caller through
     */
    public Page<AuditEventView> browse(Filter filter, int page, int size) {
        Long organisation = requireReader();
        if (page < 0 || size < 1 || size > CHUNK) {
            throw InvalidInputException.of("size", "audit.page-0-size-1");
        }
        AuditRepository.Filter f = new AuditRepository.Filter(blankToNull(
                jp.sitegate.domain.model.facility.MedicalInstitutionCode.normalize(filter.facilityCode())),
                blankToNull(filter.username()), blankToNull(filter.entity()),
                filter.from() == null ? null : AuditHash.micros(filter.from()),
                filter.to() == null ? null : AuditHash.micros(filter.to()), organisation);
        if (f.none()) {
            // the whole trail by dense position (V7): the total is the chain head's count and a page is a range of
            // positions, so any page of a million events costs the same as the first (issue 6)
            long total = trail.eventCount();
            return new Page<>(trail.byPosition(total - (long) page * size, size).stream().map(AuditService::view)
                    .toList(), page, size, total);
        }
        var found = trail.newestFirst(f, page * size, size);
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
            List<AuditRecord> chunk = trail.after(lastId, CHUNK);
            if (chunk.isEmpty()) {
                break;
            }
            for (AuditRecord r : chunk) {
                AuditEventView e = view(r);
                String storedPrev = r.prevHash();
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
        String head = trail.headHash();
        if (!head.equals(prev)) {
            return new Verification(false, checked, lastId + 1, "the newest events were deleted");
        }
        return new Verification(true, checked, null, null);
    }

    private static AuditEventView view(AuditRecord r) {
        Instant at = AuditHash.instant(r.occurredUs());
        return new AuditEventView(r.id(), at.toString(), r.username(), r.action(), r.entity(), r.entityId(),
                r.facilityCode(), r.before(), r.after(), r.hash(), r.organisationId());
    }
}
