package jp.sitegate.domain.model.eligibility.criteria;

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
        long mg = 0;
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
                mg += lot.mgOnHand();
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
}
