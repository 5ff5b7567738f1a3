package jp.sitegate.application.gate;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import jp.sitegate.application.Authorization;
import jp.sitegate.application.notification.NotificationService;
import jp.sitegate.application.notification.ServedNotes;
import jp.sitegate.application.view.DecisionDocument;
import jp.sitegate.application.view.OrderLineResult;
import jp.sitegate.domain.model.user.Role;
import jp.sitegate.domain.shared.DomainException;

/**
 * Batch check of order lines (distributor): each line gets the gate's decision (REQUIREMENTS.md §7) as of the
 * same moment, or the reason it could not be checked. Read-only; callers split large files into chunks so that
 * each call is a short transaction and progress can be shown.
 */
@Stateless
@ManagedExecutorDefinition(name = BatchCheckService.EXECUTOR, maxAsync = BatchCheckService.PARALLEL)
public class BatchCheckService {
    /** Lines per call that keep one transaction short. */
    public static final int CHUNK = 200;
    /** Chunks of one batch decided at the same time, each on its own connection (issue 6: 10,000 lines < 3 s). */
    public static final int PARALLEL = 4;
    /** The executor chunks run on. */
    public static final String EXECUTOR = "java:app/concurrent/sitegate-batch";

    @Resource(lookup = EXECUTOR)
    private ManagedExecutorService executor;

    @Resource
    private SessionContext context;


    @jakarta.inject.Inject
    private jp.sitegate.application.gate.EligibilityEngine engine;

    @jakarta.inject.Inject
    private jp.sitegate.application.gate.ProductCatalog catalog;

    @Inject
    private Clock clock;

    @Inject
    private Authorization authorization;

    @Inject
    private NotificationService notifications;

    /**
     * What a batch's caller may check (issue 10): a distributor only the YJ codes its distribution agreements
     * authorise that day (other lines are answered ERROR with their own reason); a safety manager every product.
     *
     * @param user    who checks
     * @param yjCodes the codes the caller may check, or {@code null} for every code
     */
    public record Permit(jp.sitegate.application.view.AuthenticatedUser user, java.util.Set<String> yjCodes)
            implements java.io.Serializable {
    }

    /**
     * Authorises a batch: distributors and safety managers only.
     *
     * @param at the moment the batch is evaluated at
     * @return what the caller may check
     * @throws jp.sitegate.domain.shared.ForbiddenException for any other role
     */
    public Permit permit(Instant at) {
        var user = authorization.anyRole(Role.DISTRIBUTOR, Role.SAFETY_MANAGER);
        if (user != null && user.has(Role.DISTRIBUTOR)) {
            return new Permit(user, authorization.authorisedCodes(user.organisationId(),
                    at.atZone(jp.sitegate.infrastructure.config.ClockProducer.JAPAN).toLocalDate()));
        }
        return new Permit(user, null);
    }

    /** @return the moment a batch should be evaluated at (now) */
    public Instant now() {
        return clock.instant();
    }

    /**
     * Decides every line, {@link #PARALLEL} chunks of {@link #CHUNK} lines at a time, each chunk in its own
     * transaction (reads only), all as of the same moment.
     *
     * @param lines the batch's lines, any number
     * @param at     the moment all lines are evaluated at
     * @param permit what the caller may check, from {@link #permit} (asked before the body is read)
     * @return one result per line, in the lines' order
     * @throws RuntimeException what a chunk raised (a database out of reach reaches the caller as it happened)
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<OrderLineResult> checkAll(List<OrderLine> lines, Instant at, Permit permit) {
        BatchCheckService self = context.getBusinessObject(BatchCheckService.class);
        // a facility's lines in one chunk, so its facts are read once; the answer keeps the file's order
        List<Integer> byFacility = java.util.stream.IntStream.range(0, lines.size()).boxed()
                .sorted(java.util.Comparator.comparing(i -> lines.get(i).facilityCode())).toList();
        List<Future<List<OrderLineResult>>> parts = new ArrayList<>();
        for (int i = 0; i < byFacility.size(); i += CHUNK) {
            List<OrderLine> chunk = byFacility.subList(i, Math.min(byFacility.size(), i + CHUNK)).stream()
                    .map(lines::get).toList();
            parts.add(executor.submit(() -> self.check(chunk, at, permit)));
        }
        List<OrderLineResult> out = new ArrayList<>(lines.size());
        try {
            for (Future<List<OrderLineResult>> part : parts) {
                out.addAll(part.get());
            }
        } catch (ExecutionException e) {
            parts.forEach(p -> p.cancel(true));
            throw e.getCause() instanceof RuntimeException r ? r : new EJBException(e);
        } catch (InterruptedException e) {
            parts.forEach(p -> p.cancel(true));
            Thread.currentThread().interrupt();
            throw new EJBException(e);
        }
        OrderLineResult[] ordered = new OrderLineResult[lines.size()];
        for (int i = 0; i < out.size(); i++) {
            ordered[byFacility.get(i)] = out.get(i);
        }
        return java.util.Arrays.asList(ordered);
    }

    /**
     * @param lines  up to {@link #CHUNK} lines
     * @param at     the moment all lines of the batch are evaluated at
     * @param permit what the caller may check ({@link #permit}); a distributor's lines for products without an
     *               agreement are answered ERROR with that reason; facilities checked are noted as served
     * @return one result per line, in order
     */
    public List<OrderLineResult> check(List<OrderLine> lines, Instant at, Permit permit) {
        List<OrderLineResult> out = new ArrayList<>(lines.size());
        // lines of one batch share the moment: the same (facility, product) is decided once, from the check cache
        // while no domain data changed (DecisionCache)
        java.util.Map<String, DecisionDocument> decided = new java.util.HashMap<>();
        // and the chunk's facilities, facts, suspensions and releases are read set-wise first, one query each
        // (issue 16), then every line is decided in memory
        BatchScope scope = new BatchScope();
        engine.prefetch(lines.stream().map(OrderLine::facilityCode).toList(),
                lines.stream().map(OrderLine::yjCode).toList(), at, scope);
        for (OrderLine l : lines) {
            try {
                if (permit.yjCodes() != null && !permit.yjCodes().contains(
                        jp.sitegate.domain.model.product.YjCode.of(l.yjCode(), "product").value())) {
                    throw Authorization.noAgreement(catalog.productCode(l.yjCode(), "product")
                            .getProduct());
                }
                DecisionDocument d = decided.computeIfAbsent(l.facilityCode() + "|" + l.yjCode(),
                        k -> engine.present(l.facilityCode(), l.yjCode(), at, scope));
                out.add(new OrderLineResult(l.line(), l.orderReference(), l.facilityCode(), d.facilityName(),
                        l.yjCode(), d.productName(), l.quantity(), d.decision(), d.failingRequirements(),
                        null, null, d.status()));
            } catch (DomainException e) {
                out.add(new OrderLineResult(l.line(), l.orderReference(), l.facilityCode(), null, l.yjCode(), null,
                        l.quantity(), "ERROR", List.of(), e.reasonJa(), e.reasonEn(), "ERROR"));
            }
        }
        ServedNotes.noteChecked(notifications, permit.user(), out);
        return out;
    }
}
