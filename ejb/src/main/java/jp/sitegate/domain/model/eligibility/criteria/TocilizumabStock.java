package jp.sitegate.domain.model.eligibility.criteria;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.sitegate.domain.model.eligibility.CriterionResult;
import jp.sitegate.domain.model.eligibility.Criterion;
import jp.sitegate.domain.model.eligibility.EvaluationContext;
import jp.sitegate.domain.model.eligibility.FacilityFacts;
import jp.sitegate.domain.model.eligibility.FacilityFacts.LotFact;

/**
 * TOCILIZUMAB_STOCK: unexpired intravenous tocilizumab on hand is at least {@code minMg} (REQUIREMENTS.md §5;
 * LUN-FAC-4, ABE-ADV-2, IMD-BAS-1). A lot counts until the end of its expiry date; subcutaneous forms and
 * unknown codes never count.
 *
 * @param minMg minimum mg on hand (default 1,600 = 2 doses × 800 mg)
 */
public record TocilizumabStock(int minMg) implements Criterion {

    @Override
    public CriterionResult evaluate(FacilityFacts facts, EvaluationContext context) {
        long mg = countedMg(facts.lots(), context.date());
        List<String> evidence = new ArrayList<>();
        for (LotFact lot : facts.lots()) {
            if (lot.vialsOnHand() <= 0) {
                continue;
            }
            String id = "lot " + lot.lotNumber() + " (" + lot.yjCode() + ", " + lot.vialsOnHand() + " vials, expiry "
                    + lot.expiryDate() + ")";
            String exclusion = lot.exclusion(context.date());
            if (exclusion != null) {
                evidence.add(id + " not counted: " + exclusion);
            } else {
                evidence.add(id + " = " + lot.mgOnHand() + " mg");
            }
        }
        if (mg >= minMg) {
            return CriterionResult.met("点滴静注用トシリズマブ " + mg + " mg（必要 " + minMg + " mg）",
                    "IV tocilizumab on hand " + mg + " mg (minimum " + minMg + " mg)", evidence);
        }
        return CriterionResult.notMet("点滴静注用トシリズマブが不足: " + mg + " mg（必要 " + minMg + " mg）",
                "IV tocilizumab on hand " + mg + " mg, below the minimum " + minMg + " mg", evidence);
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
