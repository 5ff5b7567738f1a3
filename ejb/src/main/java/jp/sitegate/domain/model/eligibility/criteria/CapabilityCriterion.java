package jp.sitegate.domain.model.eligibility.criteria;

import java.util.List;
import jp.sitegate.domain.shared.Reason;
import jp.sitegate.domain.model.eligibility.ConfirmationRule;
import jp.sitegate.domain.model.eligibility.CriterionResult;
import jp.sitegate.domain.model.eligibility.Evidence;
import jp.sitegate.domain.model.eligibility.EvidenceKind;
import jp.sitegate.domain.model.eligibility.Criterion;
import jp.sitegate.domain.model.eligibility.EvaluationContext;
import jp.sitegate.domain.model.eligibility.FacilityFacts;
import jp.sitegate.domain.model.eligibility.FacilityFacts.PartnerFact;
import jp.sitegate.domain.model.facility.Capability;
import jp.sitegate.domain.model.facility.PartnerCoverage;

/**
 * CAPABILITY: the facility declares a capability (LUN-FAC-2, ABE-FAC-3/4, ABE-INF-1, ABE-ADV-1/3/4), or, when a
 * partner coverage is named, a partner facility covers it. Undeclared is UNKNOWN, declared absent is NOT_MET.
 *
 * @param capability      the capability
 * @param partnerCoverage coverage of a partner that also satisfies it, or {@code null}
 * @param confirmation    when the facility's declaration counts (issue 11: {@code verification} CONFIRMED — only once
 *                        the manufacturer confirmed it; 確認待ち until then)
 */
public record CapabilityCriterion(Capability capability, PartnerCoverage partnerCoverage,
        ConfirmationRule confirmation) implements Criterion {

    /** A capability whose declaration counts as declared. */
    public CapabilityCriterion(Capability capability, PartnerCoverage partnerCoverage) {
        this(capability, partnerCoverage, ConfirmationRule.AS_DECLARED);
    }

    @Override
    public CriterionResult evaluate(FacilityFacts facts, EvaluationContext context) {
        Boolean declared = facts.capabilities().get(capability);
        CriterionResult unconfirmed = null;
        if (Boolean.TRUE.equals(declared)) {
            ConfirmationRule.Assessment a = confirmation.assess(facts, capability.name(), context);
            if (a.counts()) {
                return CriterionResult.met(List.of(Evidence.of(EvidenceKind.CAPABILITY, "capability", label(),
                        "declaration", a.evidence())), "finding.capability.available", term());
            }
            unconfirmed = confirmation.unlessCounted(facts, capability.name(), context, capability.labelJa(),
                    capability.labelEn());
        }
        if (partnerCoverage != null) {
            for (PartnerFact p : facts.partners()) {
                if (p.covers(context.date(), partnerCoverage)) {
                    return CriterionResult.met(List.of(Evidence.of(EvidenceKind.PARTNER_COVERS, "code", p.code(),
                            "name", p.name(), "coverage", new Evidence.Label(partnerCoverage.labelJa(),
                                    partnerCoverage.labelEn()))), "finding.capability.via-partner", term(), p.name(),
                            p.code());
                }
            }
        }
        if (partnerCoverage != null) {
            CriterionResult pending = PartnerFact.awaiting(facts, context.date(), partnerCoverage);
            if (pending != null) {
                return pending;
            }
        }
        if (unconfirmed != null) {
            return unconfirmed;
        }
        if (declared == null) {
            return CriterionResult.unknown(List.of(), "finding.capability.not-declared", term());
        }
        return CriterionResult.notMet(List.of(Evidence.of(EvidenceKind.CAPABILITY_ABSENT, "capability", label())),
                "finding.capability.not-available", term());
    }

    private Reason term() {
        return new Reason(capability.labelJa(), capability.labelEn());
    }

    private Evidence.Label label() {
        return new Evidence.Label(capability.labelJa(), capability.labelEn());
    }
}
