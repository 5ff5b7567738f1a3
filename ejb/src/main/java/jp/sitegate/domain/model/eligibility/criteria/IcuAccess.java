package jp.sitegate.domain.model.eligibility.criteria;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import jp.sitegate.domain.model.eligibility.ConfirmationRule;
import jp.sitegate.domain.model.eligibility.CriterionResult;
import jp.sitegate.domain.model.eligibility.Verification;
import jp.sitegate.domain.model.eligibility.Criterion;
import jp.sitegate.domain.model.eligibility.EvaluationContext;
import jp.sitegate.domain.model.eligibility.FacilityFacts;
import jp.sitegate.domain.model.eligibility.FacilityFacts.IcuFilingFact;
import jp.sitegate.domain.model.eligibility.FacilityFacts.PartnerFact;
import jp.sitegate.domain.model.facility.PartnerCoverage;

/**
 * ICU_ACCESS: an A301 ICU filing at one of the accepted levels in force on the day; optionally an ICU-equivalent
 * declared by the facility and confirmed by an MR; optionally a partner facility covering ICU care that has one
 * (LUN-FAC-3 *1/*2, ABE-FAC-2).
 *
 * @param levels          accepted A301 levels (1–6)
 * @param allowEquivalent whether a confirmed ICU-equivalent declaration counts
 * @param allowPartner    whether a partner facility's ICU counts
 * @param confirmationMonths months a manufacturer's confirmation of the ICU-equivalent declaration counts (issue 11,
 *                        default 12), or {@code null} for no limit
 * @param acceptAnyManufacturer whether another manufacturer's confirmation counts too (default: only the product's)
 * @param requireFreshConfirmation whether only a confirmation on or after the profile version's effective date counts
 *                        (an RMP revision, issue 11)
 */
public record IcuAccess(Set<Integer> levels, boolean allowEquivalent, boolean allowPartner, Integer confirmationMonths,
        boolean acceptAnyManufacturer, boolean requireFreshConfirmation) implements Criterion {

    /** Defensive, sorted copy. */
    public IcuAccess {
        levels = Set.copyOf(new TreeSet<>(levels));
    }

    @Override
    public CriterionResult evaluate(FacilityFacts facts, EvaluationContext context) {
        LocalDate day = context.date();
        List<IcuFilingFact> own = facts.filings().stream().filter(f -> f.activeOn(day)).toList();
        List<IcuFilingFact> accepted = own.stream().filter(f -> levels.contains(f.level())).toList();
        String accepts = new TreeSet<>(levels).toString();
        if (!accepted.isEmpty()) {
            return CriterionResult.met("自施設に特定集中治療室管理料の届出あり", "own A301 ICU filing at an accepted level",
                    accepted.stream().map(IcuFilingFact::describe).toList());
        }
        // REQUIREMENTS.md §8: the declared ICU-equivalent counts once a manufacturer whose confirmations count
        // confirmed it (per manufacturer, lapsing after confirmationMonths), whatever the profile's verification
        ConfirmationRule rule = new ConfirmationRule(Verification.CONFIRMED, confirmationMonths, acceptAnyManufacturer,
                requireFreshConfirmation);
        ConfirmationRule.Assessment assessment = rule.assess(facts, FacilityFacts.ICU_EQUIVALENT, context);
        if (allowEquivalent && Boolean.TRUE.equals(facts.icuEquivalentDeclared()) && assessment.counts()) {
            return CriterionResult.met("ICUと同等の設備（製造販売業者が確認済み）",
                    "ICU-equivalent equipment confirmed by the manufacturer",
                    List.of("ICU-equivalent " + assessment.evidence()));
        }
        if (allowPartner) {
            for (PartnerFact p : facts.partners()) {
                if (!p.covers(day, PartnerCoverage.ICU_CARE)) {
                    continue;
                }
                List<IcuFilingFact> partnerIcu = p.filings().stream()
                        .filter(f -> f.activeOn(day) && levels.contains(f.level())).toList();
                if (!partnerIcu.isEmpty() || (allowEquivalent && p.icuEquivalentConfirmed())) {
                    String how = partnerIcu.isEmpty() ? "ICU-equivalent confirmed" : partnerIcu.get(0).describe();
                    return CriterionResult.met("連携施設（" + p.name() + "）のICUで管理可能",
                            "ICU care at partner facility " + p.code(),
                            List.of("partner " + p.code() + " " + p.name() + ": " + how));
                }
            }
        }
        if (allowPartner) {
            CriterionResult pending = PartnerFact.awaiting(facts, day, PartnerCoverage.ICU_CARE);
            if (pending != null) {
                return pending;
            }
        }
        List<String> evidence = own.stream().map(f -> f.describe() + " — level not accepted (accepts " + accepts + ")")
                .toList();
        if (allowEquivalent && facts.icuEquivalentDeclared() == null) {
            return CriterionResult.unknown("届出なし。ICU同等設備の申告が未登録",
                    "no accepted A301 filing; ICU-equivalent declaration missing", evidence);
        }
        if (allowEquivalent && facts.icuEquivalentDeclared()) {
            // REQUIREMENTS.md §8: what the facility declares counts only once its manufacturer confirmed it
            List<String> pending = new java.util.ArrayList<>(evidence);
            pending.add("ICU-equivalent " + assessment.evidence());
            if (assessment.rejected()) {
                return CriterionResult.notMet("ICU同等設備の申告あり（製造販売業者が否認）",
                        "ICU-equivalent declared, rejected by the manufacturer", pending);
            }
            return CriterionResult.unknown("ICU同等設備の申告あり（確認待ち：製造販売業者の確認がないか期限切れ）",
                    "ICU-equivalent declared, awaiting the manufacturer's confirmation (" + assessment.why() + ")",
                    pending);
        }
        String ja = own.isEmpty() ? "対象となる特定集中治療室管理料の届出がありません"
                : "届出の区分が対象外です（対象: 特定集中治療室管理料" + accepts + "）";
        String en = own.isEmpty() ? "no A301 ICU filing in force"
                : "A301 level not accepted (accepted levels " + accepts + ")";
        return CriterionResult.notMet(ja, en, evidence);
    }
}
