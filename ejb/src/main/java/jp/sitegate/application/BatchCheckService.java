package jp.sitegate.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.sitegate.application.view.OrderLineResult;
import jp.sitegate.application.view.DecisionDocument;
import jp.sitegate.domain.shared.DomainException;

/**
 * Batch check of order lines (distributor): each line gets the gate's decision (REQUIREMENTS.md §7) as of the
 * same moment, or the reason it could not be checked. Read-only; callers split large files into chunks so that
 * each call is a short transaction and progress can be shown.
 */
@Stateless
public class BatchCheckService {
    /** Lines per call that keep one transaction short. */
    public static final int CHUNK = 200;

    @PersistenceContext(unitName = "sitegate")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** @return the moment a batch should be evaluated at (now) */
    public Instant now() {
        return clock.instant();
    }

    /**
     * @param lines up to {@link #CHUNK} lines
     * @param at    the moment all lines of the batch are evaluated at
     * @return one result per line, in order
     */
    public List<OrderLineResult> check(List<OrderLine> lines, Instant at) {
        List<OrderLineResult> out = new ArrayList<>(lines.size());
        // lines of one batch share the moment: the same (facility, product) is decided once, from the check cache
        // while no domain data changed (DecisionCache)
        java.util.Map<String, DecisionDocument> decided = new java.util.HashMap<>();
        for (OrderLine l : lines) {
            try {
                DecisionDocument d = decided.computeIfAbsent(l.facilityCode() + "|" + l.yjCode(),
                        k -> EligibilityService.present(em, l.facilityCode(), l.yjCode(), at));
                out.add(new OrderLineResult(l.line(), l.orderReference(), l.facilityCode(), d.facilityName(),
                        l.yjCode(), d.productName(), l.quantity(), d.decision(), d.failingRequirements(),
                        null, null));
            } catch (DomainException e) {
                out.add(new OrderLineResult(l.line(), l.orderReference(), l.facilityCode(), null, l.yjCode(), null,
                        l.quantity(), "ERROR", List.of(), e.reasonJa(), e.reasonEn()));
            }
        }
        return out;
    }
}
