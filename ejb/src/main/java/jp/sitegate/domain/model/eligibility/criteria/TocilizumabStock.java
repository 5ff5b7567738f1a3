package jp.sitegate.domain.model.eligibility.criteria;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.sitegate.domain.model.eligibility.CriterionResult;
import jp.sitegate.domain.model.eligibility.Evidence;
import jp.sitegate.domain.model.eligibility.EvidenceKind;
import jp.sitegate.domain.model.eligibility.Criterion;
import jp.sitegate.domain.model.eligibility.EvaluationContext;
import jp.sitegate.domain.model.eligibility.FacilityFacts;
import jp.sitegate.domain.model.eligibility.FacilityFacts.LotFact;
import jp.sitegate.domain.shared.Reason;

/**
 * TOCILIZUMAB_STOCK: unexpired intravenous tocilizumab on hand is at least {@code minMg} (REQUIREMENTS.md §5;
 * LUN-FAC-4, ABE-ADV-2, IMD-BAS-1). A lot counts until the end of its expiry date; subcutaneous forms and
 * unknown codes never count.
 *
 * @param minMg           minimum mg on hand (default 1,600 = 2 doses × 800 mg)
 * @param siteGateDefault true when the number is SiteGate's (the documents give none): the finding says
 *                        「SiteGate の既定値（安全管理責任者が変更可）」 (issue 12)
 */
public record TocilizumabStock(int minMg, boolean siteGateDefault) implements Criterion {

    /** A minimum the profile's author set. */
    public TocilizumabStock(int minMg) {
        this(minMg, false);
    }

    @Override
    public CriterionResult evaluate(FacilityFacts facts, EvaluationContext context) {
        long mg = countedMg(facts.lots(), context.date());
        List<Evidence> evidence = new ArrayList<>();
        for (LotFact lot : facts.lots()) {
            if (lot.vialsOnHand() <= 0) {
                continue;
            }
            Evidence why = lot.whyNotCounted(context.date());
            evidence.add(why != null
                    ? Evidence.of(EvidenceKind.LOT_NOT_COUNTED, "lot", lot.lotNumber(), "yj", lot.yjCode(), "vials",
                            lot.vialsOnHand(), "expiry", lot.expiryDate(), "why", why)
                    : Evidence.of(EvidenceKind.LOT_COUNTED, "lot", lot.lotNumber(), "yj", lot.yjCode(), "vials",
                            lot.vialsOnHand(), "expiry", lot.expiryDate(), "mg", lot.mgOnHand()));
        }
        String onHand = String.format("%,d mg", mg);
        Reason minimum = Reason.of(siteGateDefault ? "finding.stock.minimum-default" : "finding.stock.minimum",
                String.format("%,d", minMg));
        if (mg >= minMg) {
            return CriterionResult.met(evidence, "finding.stock.met", onHand, minimum);
        }
        return CriterionResult.notMet(evidence, "finding.stock.not-met", onHand, minimum);
    }

    /**
     * @param lots a facility's lots with vials on hand
     * @param day  the day
     * @return mg of the lots that count on that day (REQUIREMENTS.md §5)
     */
    public static long countedMg(List<LotFact> lots, LocalDate day) {
        return lots.stream().filter(l -> l.vialsOnHand() > 0 && l.exclusion(day) == null)
                .mapToLong(LotFact::mgOnHand).sum();
    }

    /**
     * The first day, from {@code today}, on which the lots counted fall below {@link #minMg} if nothing is received
     * or used: today when already below, else the day after the expiry that takes the stock below.
     *
     * @param lots  a facility's lots with vials on hand
     * @param today the first day considered
     * @return that day, or {@code null} when the minimum is 0 or less (stock can never fall below it)
     */
    public LocalDate fallsBelowOn(List<LotFact> lots, LocalDate today) {
        if (minMg <= 0) {
            return null;
        }
        java.util.TreeSet<LocalDate> days = new java.util.TreeSet<>();
        days.add(today);
        lots.stream().map(l -> l.expiryDate().plusDays(1)).filter(d -> d.isAfter(today)).forEach(days::add);
        for (LocalDate day : days) {
            if (countedMg(lots, day) < minMg) {
                return day;
            }
        }
        return days.last();
    }
}
