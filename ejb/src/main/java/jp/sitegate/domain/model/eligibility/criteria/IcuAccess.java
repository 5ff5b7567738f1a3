package jp.sitegate.domain.model.eligibility.criteria;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.sitegate.domain.shared.Reason;
import java.util.Set;
import java.util.TreeSet;
import jp.sitegate.domain.model.eligibility.BureauListCoverage;
import jp.sitegate.domain.model.eligibility.ConfirmationRule;
import jp.sitegate.domain.model.eligibility.Evidence;
import jp.sitegate.domain.model.eligibility.EvidenceKind;
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
        List<Integer> accepts = List.copyOf(new TreeSet<>(levels));
        if (!accepted.isEmpty()) {
            List<Evidence> evidence = new ArrayList<>(accepted.stream().map(IcuFilingFact::describe).toList());
            // issue 12: a filing read from a list older than the profile allows is not current knowledge
            CriterionResult gap = BureauListCoverage.gap(facts, facts.code(), context, true);
            if (gap != null) {
                evidence.addAll(gap.evidence());
                return CriterionResult.unknown(gap.reasonJa(), gap.reasonEn(), evidence);
            }
            addIfPresent(evidence, BureauListCoverage.current(facts, facts.code(), day));
            return CriterionResult.met(evidence, "finding.icu.own-filing");
        }
        // REQUIREMENTS.md §8: the declared ICU-equivalent counts once a manufacturer whose confirmations count
        // confirmed it (per manufacturer, lapsing after confirmationMonths), whatever the profile's verification
        ConfirmationRule rule = new ConfirmationRule(Verification.CONFIRMED, confirmationMonths, acceptAnyManufacturer,
                requireFreshConfirmation);
        ConfirmationRule.Assessment assessment = rule.assess(facts, FacilityFacts.ICU_EQUIVALENT, context);
        if (allowEquivalent && Boolean.TRUE.equals(facts.icuEquivalentDeclared()) && assessment.counts()) {
            return CriterionResult.met(List.of(Evidence.of(EvidenceKind.ICU_EQUIVALENT, "declaration",
                    assessment.evidence())), "finding.icu.equivalent-confirmed");
        }
        CriterionResult partnerGap = null;
        if (allowPartner) {
            for (PartnerFact p : facts.partners()) {
                if (!p.covers(day, PartnerCoverage.ICU_CARE)) {
                    continue;
                }
                List<IcuFilingFact> partnerIcu = p.filings().stream()
                        .filter(f -> f.activeOn(day) && levels.contains(f.level())).toList();
                if (!partnerIcu.isEmpty()) {
                    Evidence how = Evidence.of(EvidenceKind.PARTNER_ICU, "code", p.code(), "name", p.name(), "how",
                            partnerIcu.get(0).describe());
                    CriterionResult gap = BureauListCoverage.gap(facts, p.code(), context, true);
                    if (gap != null) {
                        List<Evidence> ev = new ArrayList<>(List.of(how));
                        ev.addAll(gap.evidence());
                        partnerGap = partnerGap != null ? partnerGap
                                : CriterionResult.unknown(ev, "finding.icu.partner-list-gap", p.name(),
                                        new Reason(gap.reasonJa(), gap.reasonEn()), p.code());
                        continue;
                    }
                    return CriterionResult.met(List.of(how), "finding.icu.partner-icu", p.name(), p.code());
                }
                if (allowEquivalent && p.icuEquivalentConfirmed()) {
                    return CriterionResult.met(List.of(Evidence.of(EvidenceKind.PARTNER_ICU, "code", p.code(), "name",
                            p.name(), "how", Evidence.of(EvidenceKind.PARTNER_ICU_EQUIVALENT))),
                            "finding.icu.partner-icu", p.name(), p.code());
                }
            }
        }
        if (allowPartner) {
            CriterionResult pending = PartnerFact.awaiting(facts, day, PartnerCoverage.ICU_CARE);
            if (pending != null) {
                return pending;
            }
        }
        if (partnerGap != null) {
            return partnerGap;
        }
        List<Evidence> evidence = new ArrayList<>();
        own.forEach(f -> evidence.add(Evidence.of(EvidenceKind.LEVEL_NOT_ACCEPTED, "filing", f.describe(), "accepts",
                accepts)));
        // a filing a newer list dropped: "last seen in the list of D1, absent from the list of D2" (issue 12)
        facts.filings().stream().filter(f -> f.endDate() != null && !f.endDate().isAfter(day))
                .forEach(f -> evidence.add(f.lapse()));
        // issue 12: the absence of a filing proves something only where a current list covers the day
        CriterionResult gap = BureauListCoverage.gap(facts, facts.code(), context, false);
        if (gap != null) {
            evidence.addAll(gap.evidence());
            if (allowEquivalent && Boolean.TRUE.equals(facts.icuEquivalentDeclared())) {
                evidence.add(Evidence.of(EvidenceKind.ICU_EQUIVALENT, "declaration", assessment.evidence()));
            }
            return CriterionResult.unknown(gap.reasonJa(), gap.reasonEn(), evidence);
        }
        if (allowEquivalent && facts.icuEquivalentDeclared() == null) {
            return CriterionResult.unknown(evidence, "finding.icu.equivalent-missing");
        }
        if (allowEquivalent && facts.icuEquivalentDeclared()) {
            // REQUIREMENTS.md §8: what the facility declares counts only once its manufacturer confirmed it
            evidence.add(Evidence.of(EvidenceKind.ICU_EQUIVALENT, "declaration", assessment.evidence()));
            if (assessment.rejected()) {
                return CriterionResult.notMet(evidence, "finding.icu.equivalent-rejected");
            }
            return CriterionResult.unknown(evidence, "finding.icu.equivalent-awaiting", assessment.why().en());
        }
        addIfPresent(evidence, BureauListCoverage.current(facts, facts.code(), day));
        if (own.isEmpty()) {
            return CriterionResult.notMet(evidence, "finding.icu.no-filing");
        }
        return CriterionResult.notMet(evidence, "finding.icu.level-not-accepted", new Reason(
                accepts.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining("・")),
                accepts.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))));
    }

    private static void addIfPresent(List<Evidence> evidence, Evidence e) {
        if (e != null) {
            evidence.add(e);
        }
    }
}
