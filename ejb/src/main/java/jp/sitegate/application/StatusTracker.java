package jp.sitegate.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import jp.sitegate.domain.model.eligibility.Decision;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.product.ProductCode;
import jp.sitegate.domain.model.status.FacilityStatus;
import jp.sitegate.domain.model.status.StatusChange;
import jp.sitegate.domain.shared.NotFoundException;

/**
 * Keeps each (facility, product) status true over time (issue 5): re-evaluates a facility after a change to data
 * its profiles read, and every night for changes that come from time alone; records every change of outcome or of
 * the failing requirements with its cause.
 */
@Stateless
public class StatusTracker {
    private static final Logger LOG = Logger.getLogger(StatusTracker.class.getName());

    @PersistenceContext(unitName = "sitegate")
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * @param facilityCode facility
     * @param cause        what changed (e.g. "stock movement USED lot X")
     * @return the status changes recorded
     */
    public List<StatusChange> reevaluate(String facilityCode, String cause) {
        return reevaluate(em, EligibilityEngine.facility(em, facilityCode), clock.instant(), cause);
    }

    /** Nightly run: re-evaluates every facility that has a status, for changes that come from time alone. */
    @Schedule(hour = "2", minute = "0", persistent = false)
    public void daily() {
        Instant now = clock.instant();
        List<Facility> tracked = em.createQuery("SELECT DISTINCT s.facility FROM FacilityStatus s", Facility.class)
                .getResultList();
        int changes = 0;
        for (Facility f : tracked) {
            changes += reevaluate(em, f, now, "daily re-evaluation " + now).size();
        }
        LOG.info("daily re-evaluation: " + tracked.size() + " facilities, " + changes + " status changes");
    }

    /**
     * Evaluates every product with a profile in force for the facility and records what changed.
     *
     * @param em       entity manager
     * @param facility facility
     * @param now      the moment
     * @param cause    what caused the re-evaluation
     * @return the status changes recorded (first evaluations included)
     */
    public static List<StatusChange> reevaluate(EntityManager em, Facility facility, Instant now, String cause) {
        List<StatusChange> out = new ArrayList<>();
        for (ProductCode pc : ProductCatalog.onePerProduct(em)) {
            Decision d;
            try {
                d = EligibilityEngine.evaluate(em, facility, pc, now, now).decision();
            } catch (NotFoundException noProfile) {
                continue;
            }
            FacilityStatus s = em.createNamedQuery("FacilityStatus.find", FacilityStatus.class)
                    .setParameter("facilityId", facility.getId()).setParameter("productId", pc.getProduct().getId())
                    .getResultStream().findFirst().orElse(null);
            List<String> failing = d.failingRequirementIds();
            if (s == null) {
                em.persist(new FacilityStatus(facility, pc.getProduct(), d.outcome(), failing, now));
                StatusChange c = new StatusChange(facility, pc.getProduct(), null, d.outcome().name(), now, cause,
                        String.join(",", failing));
                em.persist(c);
                out.add(c);
                continue;
            }
            String from = s.getStatus().name();
            Set<String> changedIds = new TreeSet<>(s.failing());
            changedIds.removeAll(failing);
            Set<String> added = new TreeSet<>(failing);
            added.removeAll(s.failing());
            changedIds.addAll(added);
            if (s.update(d.outcome(), failing, now)) {
                StatusChange c = new StatusChange(facility, pc.getProduct(), from, d.outcome().name(), now, cause,
                        String.join(",", changedIds));
                em.persist(c);
                out.add(c);
            }
        }
        return out;
    }
}
