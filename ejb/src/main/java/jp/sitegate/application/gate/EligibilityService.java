package jp.sitegate.application.gate;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import jp.sitegate.application.Authorization;
import jp.sitegate.application.notification.NotificationService;
import jp.sitegate.application.notification.ServedNotes;
import jp.sitegate.application.view.DecisionDocument;
import jp.sitegate.domain.model.eligibility.Decision;
import jp.sitegate.domain.model.eligibility.StoredDecision;
import jp.sitegate.domain.shared.NotFoundException;

/**
 * The shipment gate: may facility F receive product P at moment T? (REQUIREMENTS.md §7, LUN-DST-1). Checks are
 * read-only; decisions that gate a shipment are stored as made.
 */
@Stateless
public class EligibilityService {
    private static final Jsonb JSONB = JsonbBuilder.create();

    @jakarta.inject.Inject
    private jp.sitegate.domain.shared.UnitOfWork work;

    @Inject
    private Clock clock;

    @Inject
    private EligibilityEngine engine;

    @Inject
    private Authorization authorization;

    @Inject
    private NotificationService notifications;

    /**
     * @param facilityCode 10-digit medical institution code
     * @param yjCode       12-character YJ code of the product
     * @param at           moment to evaluate, or {@code null} for now (then possibly answered from
     *                     {@link DecisionCache}, never older than the last change of domain data)
     * @return the decision (not stored)
     * @throws jp.sitegate.domain.shared.InvalidInputException for an invalid code
     * @throws NotFoundException                               for an unknown facility or product
     * @throws jp.sitegate.domain.shared.ForbiddenException    for a facility administrator asking about another
     *                                                         facility
     */
    public DecisionDocument check(String facilityCode, String yjCode, Instant at) {
        var user = authorization.readFacility(facilityCode);
        Instant now = clock.instant();
        DecisionDocument d = at != null
                ? DecisionDocument.of(engine.evaluate(facilityCode, yjCode, at, now).decision())
                : engine.present(facilityCode, yjCode, now);
        ServedNotes.note(notifications, user, d.facilityCode(), "CHECK");
        return d;
    }

    /**
     * Stores an evaluation as made, in the caller's transaction.
     *
     * @param evaluation the evaluation
     * @param purpose    why it is stored (e.g. SHIPMENT)
     * @param organisationId the organisation that asked for it (it may read it back, issue 10), or {@code null}
     * @return the stored entity and its document
     */
    public StoredPair store(Evaluation evaluation, String purpose, Long organisationId) {
        String id = UUID.randomUUID().toString();
        Decision d = evaluation.decision().withId(id);
        DecisionDocument doc = DecisionDocument.of(d);
        StoredDecision stored = new StoredDecision(id, evaluation.facility(), evaluation.productCode().getProduct(),
                d, evaluation.profile().getId(), purpose, JSONB.toJson(doc), organisationId);
        work.add(stored);
        return new StoredPair(stored, doc);
    }

    /**
     * A stored decision, for the organisation that asked for it, the product's manufacturer and the facility
     * (issue 10).
     *
     * @param id stored decision id
     * @return the decision exactly as stored (JSON)
     * @throws NotFoundException when no decision has that id, or it is another organisation's (404, not 403)
     */
    public String storedDecision(String id) {
        authorization.anyRole(jp.sitegate.domain.model.user.Role.values());
        StoredDecision d = id == null || id.length() > 36 ? null : work.find(StoredDecision.class, id);
        if (d == null) {
            throw NotFoundException.of("id", "access.no-stored-decision", id);
        }
        authorization.readDecision(d, id);
        return d.getPayload();
    }

    /**
     * A stored decision as a document, for the readable decision page (issue 14), under the same rule as
     * {@link #storedDecision(String)}.
     *
     * @param id stored decision id
     * @return the decision as stored
     * @throws NotFoundException when no decision has that id, or it is another organisation's
     */
    public DecisionDocument storedDocument(String id) {
        return JSONB.fromJson(storedDecision(id), DecisionDocument.class);
    }

    /**
     * A stored decision with its document.
     *
     * @param stored   the entity
     * @param document what the API shows
     */
    public record StoredPair(StoredDecision stored, DecisionDocument document) {
    }
}
