package jp.sitegate.application.stock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.sitegate.application.gate.ProductCatalog;
import jp.sitegate.application.view.FacilityViews;
import jp.sitegate.domain.model.eligibility.CompiledRequirement;
import jp.sitegate.domain.model.eligibility.Criterion;
import jp.sitegate.domain.model.eligibility.FacilityFacts.LotFact;
import jp.sitegate.domain.model.eligibility.criteria.TocilizumabStock;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.product.ProductCode;
import jp.sitegate.domain.model.product.RequirementProfile;
import jp.sitegate.domain.shared.NotFoundException;
import jp.sitegate.infrastructure.config.ClockProducer;

/**
 * Tocilizumab readiness ahead of time (issue 5; REQUIREMENTS.md §5): the counted lots that expire within
 * {@value #HORIZON_DAYS} days (and which of them within 30), and, for each product whose profile in force sets a
 * stock minimum (TOCILIZUMAB_STOCK), the day the unexpired stock falls below it if nothing is received.
 * Reads through the domain's repositories (issue 13), in the caller's transaction.
 */
@jakarta.enterprise.context.ApplicationScoped
public class TocilizumabReadiness {
    /** How far ahead expiring lots and shortfalls are reported (days). */
    public static final int HORIZON_DAYS = 60;
    /** Lots expiring within this many days are flagged {@code within30} and warned about a second time. */
    public static final int SOON_DAYS = 30;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.eligibility.FacilityFactsRepository facts;

    @jakarta.inject.Inject
    private ProductCatalog catalog;

    /**
     * @param facility facility
     * @param now      the moment (its day in Japan time is "today")
     * @return the facility's readiness
     */
    public FacilityViews.Readiness of(Facility facility, Instant now) {
        LocalDate today = now.atZone(ClockProducer.JAPAN).toLocalDate();
        List<LotFact> lots = facts.lots(facility, now);
        List<FacilityViews.ExpiringLot> expiring = new ArrayList<>();
        lots.stream().filter(l -> l.vialsOnHand() > 0 && l.exclusion(today) == null)
                .filter(l -> !l.expiryDate().isAfter(today.plusDays(HORIZON_DAYS)))
                .sorted(Comparator.comparing(LotFact::expiryDate)).forEach(l -> {
                    long days = ChronoUnit.DAYS.between(today, l.expiryDate());
                    expiring.add(new FacilityViews.ExpiringLot(l.lotNumber(), l.yjCode(), l.expiryDate().toString(),
                            l.vialsOnHand(), l.mgOnHand(), days, days <= SOON_DAYS));
                });
        List<FacilityViews.ProductReadiness> products = new ArrayList<>();
        for (ProductCode pc : catalog.onePerProduct()) {
            RequirementProfile profile;
            try {
                profile = catalog.profileInForce(pc.getProduct().getId(), today);
            } catch (NotFoundException noProfile) {
                continue;
            }
            for (CompiledRequirement r : ProductCatalog.compile(profile)) {
                for (Criterion c : r.criteria()) {
                    if (c instanceof TocilizumabStock stock) {
                        LocalDate below = stock.fallsBelowOn(lots, today);
                        products.add(new FacilityViews.ProductReadiness(pc.getProduct().getKey(),
                                pc.getProduct().getNameJa(), r.requirementId(), stock.minMg(),
                                TocilizumabStock.countedMg(lots, today), below == null ? null : below.toString(),
                                below == null ? -1 : ChronoUnit.DAYS.between(today, below)));
                    }
                }
            }
        }
        return new FacilityViews.Readiness(today.toString(), expiring, products);
    }
}
