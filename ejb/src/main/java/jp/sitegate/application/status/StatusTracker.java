package jp.sitegate.application.status;

import jp.sitegate.domain.model.status.ScheduledRunRepository;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import jp.sitegate.application.gate.EligibilityEngine;
import jp.sitegate.application.gate.ProductCatalog;
import jp.sitegate.application.notification.NotificationCenter;
import jp.sitegate.application.stock.TocilizumabReadiness;
import jp.sitegate.domain.model.eligibility.Decision;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.product.ProductCode;
import jp.sitegate.domain.model.status.FacilityStatus;
import jp.sitegate.domain.model.status.StatusChange;
import jp.sitegate.domain.model.status.StatusLevel;
import jp.sitegate.domain.shared.NotFoundException;
import jp.sitegate.infrastructure.config.ClockProducer;

/**
 * Keeps each (facility, product) status true over time (issue 5): re-evaluates a facility after a change to data
 * its profiles read, and every night for changes that come from time alone; records every change of outcome or of
 * the failing requirements with its cause.
 */
@Stateless
public class StatusTracker {
    private static final Logger LOG = Logger.getLogger(StatusTracker.class.getName());

    @Inject
    private Clock clock;

    @Inject
    private EligibilityEngine engine;

    @Inject
    private ProductCatalog catalog;

    @Inject
    private NotificationCenter notificationCenter;

    @Inject
    private TocilizumabReadiness readiness;

    @Inject
    private jp.sitegate.domain.model.facility.FacilityRepository facilities;

    @Inject
    private jp.sitegate.domain.model.product.ProductRepository products;

    @Inject
    private jp.sitegate.domain.model.status.FacilityStatusRepository statuses;

    @Resource
    private SessionContext context;

    @Inject
    private ScheduledRunRepository runs;

    @Inject
    private jp.sitegate.application.Authorization authorization;

    /** The nightly run's name in {@code scheduled_run}. */
    public static final String DAILY = "daily-reevaluation";
    /** How long a claimed run may go unfinished before another instance may take it over. */
    public static final java.time.Duration LEASE = java.time.Duration.ofHours(2);

    /**
     * Observes {@link FactsChanged} synchronously, in the writer's transaction (issue 13): re-evaluates the facility
     * and adds the status changes to the event.
     *
     * @param event what changed where
     */
    public void onFactsChanged(@jakarta.enterprise.event.Observes FactsChanged event) {
        event.changes().addAll(reevaluate(event.facility(), event.at(), event.cause()));
    }

    /**
     * @param facilityCode facility
     * @param cause        what changed (e.g. "stock movement USED lot X")
     * @return the status changes recorded
     */
    public List<StatusChange> reevaluate(String facilityCode, String cause) {
        return reevaluate(engine.facility(facilityCode), clock.instant(), cause);
    }

    /**
     * Nightly run at 02:00 Japan time: re-evaluates every facility that has a status or tocilizumab stock, for
     * changes that come from time alone (lots expiring, employment ending, profile versions taking effect), and
     * gives tocilizumab readiness warnings. Each facility runs in its own transaction, so one failure does not undo
     * the others.
     */
    @Schedule(hour = "2", minute = "0", timezone = "Asia/Tokyo", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void daily() {
        runDaily();
    }

    /**
     * The nightly run now, once per Japan day for the whole cluster (issue 17): every instance's timer fires, the one
     * that claims the day's slot ({@link ScheduledRunRepository}, committed before the run starts) re-evaluates, the
     * others skip. A claim whose instance died without finishing may be taken over after {@link #LEASE}.
     *
     * @return what this call did: ran, or found the day's run claimed by an instance
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public DailyRun runDaily() {
        Instant now = clock.instant();
        String slot = now.atZone(ClockProducer.JAPAN).toLocalDate().toString();
        StatusTracker self = context.getBusinessObject(StatusTracker.class);
        String me = jp.sitegate.infrastructure.cluster.DataGrid.instanceName();
        if (!self.claimInNewTransaction(DAILY, slot, me, now)) {
            ScheduledRunRepository.Claim c = runs.find(DAILY, slot).orElse(null);
            LOG.info("daily re-evaluation of " + slot + " already claimed by " + (c == null ? "?" : c.claimedBy())
                    + ": skipped on " + me);
            return new DailyRun(false, slot, c == null ? null : c.claimedBy(), 0, 0, 0);
        }
        Set<Long> ids = statuses.trackedFacilityIds();
        int changes = 0;
        int failed = 0;
        String cause = dailyCause(now);
        for (Long id : ids) {
            try {
                changes += self.reevaluateInNewTransaction(id, now, cause);
            } catch (RuntimeException e) {
                failed++;
                LOG.log(java.util.logging.Level.WARNING, "daily re-evaluation of facility " + id + " failed", e);
            }
        }
        String summary = ids.size() + " facilities, " + changes + " status changes, " + failed + " failed";
        self.finishInNewTransaction(DAILY, slot, me, clock.instant(), summary);
        LOG.info("daily re-evaluation of " + slot + " on " + me + ": " + summary);
        return new DailyRun(true, slot, me, ids.size(), changes, failed);
    }

    /**
     * The nightly run triggered by a system administrator (issue 17: the same once-per-day claim as the timer).
     *
     * @return what it did
     * @throws jp.sitegate.domain.shared.ForbiddenException unless the caller is a system administrator
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public DailyRun triggerDaily() {
        authorization.anyRole(jp.sitegate.domain.model.user.Role.SYSTEM_ADMIN);
        return context.getBusinessObject(StatusTracker.class).runDaily();
    }

    /**
     * What one call of the nightly run did.
     *
     * @param ran        true when this instance ran it; false when the day's run was claimed already
     * @param day        the Japan day (yyyy-MM-dd)
     * @param runBy      the instance that ran (or runs) the day's run
     * @param facilities facilities re-evaluated by this call
     * @param changes    status changes recorded
     * @param failed     facilities whose re-evaluation failed
     */
    public record DailyRun(boolean ran, String day, String runBy, int facilities, int changes, int failed) {
    }

    /**
     * @param name     the run
     * @param slot     its slot
     * @param instance this instance
     * @param now      the moment
     * @return true when this instance claimed it (committed before the run starts)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claimInNewTransaction(String name, String slot, String instance, Instant now) {
        return runs.claim(name, slot, instance, now, now.minus(LEASE));
    }

    /**
     * @param name     the run
     * @param slot     its slot
     * @param instance this instance
     * @param now      the moment it finished
     * @param summary  what it did
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finishInNewTransaction(String name, String slot, String instance, Instant now, String summary) {
        runs.finish(name, slot, instance, now, summary);
    }

    /**
     * @param now the moment of the nightly run
     * @return the cause its status changes record: the date (time alone changed the status) and the profile
     *         versions taking effect that day
     */
    public String dailyCause(Instant now) {
        java.time.LocalDate today = now.atZone(ClockProducer.JAPAN).toLocalDate();
        List<String> starting = products.profilesTakingEffect(today).stream()
                .map(p -> p.getProduct().getKey() + " v" + p.getVersionNo()).toList();
        String versions = String.join(", ", starting);
        // one language each side of " / " (issue 14: a page shows its own language's part)
        return "日次再評価 " + today + (starting.isEmpty() ? "" : "（適用開始: " + versions + "）")
                + " / daily re-evaluation " + today + (starting.isEmpty() ? "" : " (taking effect: " + versions + ")");
    }

    /**
     * @param facilityId facility id
     * @param now        the moment
     * @param cause      the cause recorded
     * @return the number of status changes
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int reevaluateInNewTransaction(long facilityId, Instant now, String cause) {
        Facility f = facilities.byId(facilityId).orElse(null);
        if (f == null) {
            return 0;
        }
        notificationCenter.confirmationLapsing(f, now);
        return reevaluate(f, now, cause).size();
    }

    /**
     * Evaluates every product with a profile in force for the facility, records what changed (FLAGGED instead of a
     * block when the first-delivery restriction was released, LUN-DST-2), tells the people concerned
     * ({@link NotificationCenter}) and gives tocilizumab readiness warnings ({@link TocilizumabReadiness}).
     *
     * @param facility facility
     * @param now      the moment
     * @param cause    what caused the re-evaluation
     * @return the status changes recorded (first evaluations included)
     */
    public List<StatusChange> reevaluate(Facility facility, Instant now, String cause) {
        List<StatusChange> out = record(facility, now, cause);
        notificationCenter.readiness(facility, readiness.of(facility, now), now);
        return out;
    }

    /**
     * Start-up (issue 14): evaluates, each in its own transaction, the facilities whose facts were recorded without
     * a status (data loaded by migrations, such as the demo), so that status filters read a stored status for every
     * facility anyone recorded something about. Gives no notification: nothing changed.
     *
     * @return the number of facilities evaluated
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int backfill() {
        Instant now = clock.instant();
        StatusTracker self = context.getBusinessObject(StatusTracker.class);
        List<Long> ids = statuses.untrackedWithFacts();
        for (Long id : ids) {
            self.recordInNewTransaction(id, now);
        }
        if (!ids.isEmpty()) {
            LOG.info("status backfill: " + ids.size() + " facilities evaluated");
        }
        return ids.size();
    }

    /**
     * @param facilityId facility id
     * @param now        the moment
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordInNewTransaction(long facilityId, Instant now) {
        facilities.byId(facilityId).ifPresent(f -> record(f, now, "初回評価 / first evaluation"));
    }

    private List<StatusChange> record(Facility facility, Instant now, String cause) {
        List<StatusChange> out = new ArrayList<>();
        for (ProductCode pc : catalog.onePerProduct()) {
            Decision d;
            try {
                d = engine.evaluate(facility, pc, now, now).decision();
            } catch (NotFoundException noProfile) {
                continue;
            }
            FacilityStatus s = statuses.of(facility.getId(), pc.getProduct().getId()).orElse(null);
            List<String> failing = d.failingRequirementIds();
            StatusLevel level = StatusLevel.of(d);
            if (s == null) {
                statuses.add(new FacilityStatus(facility, pc.getProduct(), level, failing, now));
                StatusChange c = new StatusChange(facility, pc.getProduct(), null, level.name(), now, cause,
                        String.join(",", failing));
                statuses.add(c);
                out.add(c);
                continue;
            }
            String from = s.getStatus().name();
            Set<String> changedIds = new TreeSet<>(s.failing());
            changedIds.removeAll(failing);
            Set<String> added = new TreeSet<>(failing);
            added.removeAll(s.failing());
            changedIds.addAll(added);
            if (s.update(level, failing, now)) {
                StatusChange c = new StatusChange(facility, pc.getProduct(), from, level.name(), now, cause,
                        String.join(",", changedIds));
                statuses.addFlushed(c);
                notificationCenter.statusChanged(c, failing, now);
                out.add(c);
            }
        }
        return out;
    }
}
