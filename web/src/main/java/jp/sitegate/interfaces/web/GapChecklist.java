package jp.sitegate.interfaces.web;

import java.util.ArrayList;
import java.util.List;
import jp.sitegate.application.gate.EligibilityService;
import jp.sitegate.application.gate.ProductCatalog;
import jp.sitegate.application.view.DecisionDocument;
import jp.sitegate.domain.shared.DomainException;

/**
 * The gap checklist the MR and the facility administrator see: for each product, the decision now and the
 * requirements still not met, with ids and clauses (REQUIREMENTS.md §7).
 */
final class GapChecklist {
    private GapChecklist() {
    }

    /**
     * @param code        facility code
     * @param catalog     products
     * @param eligibility the gate
     * @return one decision per product (products without a profile in force are left out)
     */
    static List<DecisionDocument> forFacility(String code, ProductCatalog catalog, EligibilityService eligibility) {
        List<DecisionDocument> out = new ArrayList<>();
        catalog.strengthPerProduct().forEach(pc -> {
            try {
                out.add(eligibility.check(code, pc.yjCode(), null));
            } catch (DomainException e) {
                // no profile in force yet for this product: nothing to check
            }
        });
        return out;
    }
}
