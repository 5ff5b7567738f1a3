package jp.sitegate.domain.model.eligibility;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import jp.sitegate.domain.shared.Reason;
import java.util.Map;
import jp.sitegate.domain.model.eligibility.FacilityFacts.Confirmation;
import jp.sitegate.domain.model.eligibility.FacilityFacts.DeclarationFact;

/**
 * When a declared fact counts (issue 11, REQUIREMENTS.md §8): a requirement type's {@code verification},
 * {@code confirmationMonths}, {@code acceptAnyManufacturer} and {@code requireFreshConfirmation}. Under
 * {@link Verification#CONFIRMED} a declaration counts only when a manufacturer whose confirmations count (the product's
 * own, or any when the profile accepts any) stands by it: its newest decision about the declaration confirms it, within
 * {@code confirmationMonths} of the day seen and, with {@code requireFreshConfirmation}, on or after the profile
 * version's effective date. The product's manufacturer's newest decision rejecting it makes the finding NOT_MET.
 *
 * @param verification    CONFIRMED or DECLARED
 * @param validMonths     months a confirmation counts (default 12), or {@code null} for no limit
 * @param anyManufacturer whether another manufacturer's confirmation counts too
 * @param fresh           whether only confirmations on or after the profile version's effective date count
 */
public record ConfirmationRule(Verification verification, Integer validMonths, boolean anyManufacturer,
        boolean fresh) {
    /** Default confirmation validity, months (issue 11). */
    public static final int DEFAULT_MONTHS = 12;

    /** Declarations count as declared (profile versions without {@code verification}). */
    public static final ConfirmationRule AS_DECLARED = new ConfirmationRule(Verification.DECLARED, null, false, false);

    /**
     * @param p                   the criterion's parameters
     * @param defaultVerification the type's default when {@code verification} is absent
     * @return the rule
     * @throws jp.sitegate.domain.shared.InvalidInputException naming the parameter when one is invalid
     */
    public static ConfirmationRule from(CriterionParameters p, Verification defaultVerification) {
        Verification v = p.optionalEnum("verification", Verification.class);
        return new ConfirmationRule(v == null ? defaultVerification : v,
                p.integer("confirmationMonths", 1, DEFAULT_MONTHS), p.bool("acceptAnyManufacturer", false),
                p.bool("requireFreshConfirmation", false));
    }

    /**
     * What the engine makes of one declared fact.
     *
     * @param counts   whether it counts
     * @param rejected whether the product's manufacturer rejected it (NOT_MET rather than UNKNOWN)
     * @param why      why it does not count, or {@code null}
     * @param evidence who declared, who confirmed, when and with what (for the finding's evidence, issue 12)
     */
    public record Assessment(boolean counts, boolean rejected, Evidence why, Evidence evidence) {
    }

    /**
     * @param facts   the facility's facts
     * @param key     the declaration's key ({@code CONTACT_24H}, {@code PHYSICIAN:12}, …)
     * @param context the evaluation
     * @return the assessment
     */
    public Assessment assess(FacilityFacts facts, String key, EvaluationContext context) {
        DeclarationFact d = facts.declarations().get(key);
        Evidence declared = d == null || d.declaredBy() == null ? Evidence.of(EvidenceKind.DECLARED_BY_FACILITY)
                : Evidence.of(EvidenceKind.DECLARED_BY, "by", d.declaredBy(), "on", d.declaredOn());
        // each manufacturer's newest decision stands
        Map<Long, Confirmation> newest = new LinkedHashMap<>();
        if (d != null) {
            for (Confirmation c : d.confirmations()) {
                newest.put(c.organisationId(), c);
            }
        }
        Evidence why = Evidence.of(EvidenceKind.NOT_CONFIRMED);
        for (Confirmation c : newest.values()) {
            if (c.rejected()) {
                continue;
            }
            Evidence no = c.doesNotCount(context, validMonths, anyManufacturer, fresh);
            if (no == null) {
                return new Assessment(true, false, null, decision(declared, c, false));
            }
            if (no.kind() != EvidenceKind.OTHER_MANUFACTURER || why.kind() == EvidenceKind.NOT_CONFIRMED) {
                why = no;
            }
        }
        if (verification == Verification.DECLARED) {
            return new Assessment(true, false, null, Evidence.of(EvidenceKind.DECLARATION, "declared", declared,
                    "outcome", Evidence.of(EvidenceKind.COUNTED_AS_DECLARED)));
        }
        Confirmation own = context.manufacturerId() == null ? null : newest.get(context.manufacturerId());
        if (own != null && own.rejected()) {
            return new Assessment(false, true, decision(null, own, true), decision(declared, own, true));
        }
        return new Assessment(false, false, why, Evidence.of(EvidenceKind.DECLARATION, "declared", declared,
                "outcome", why));
    }

    /** A manufacturer's decision (with what was seen), after the declaration when {@code declared} is given. */
    private static Evidence decision(Evidence declared, Confirmation c, boolean rejected) {
        Evidence outcome = c.evidence() == null
                ? Evidence.of(rejected ? EvidenceKind.REJECTED_BY : EvidenceKind.CONFIRMED_BY, "by", c.by(), "on", c.on())
                : Evidence.of(rejected ? EvidenceKind.REJECTED_BY_WITH : EvidenceKind.CONFIRMED_BY_WITH, "by", c.by(),
                        "on", c.on(), "seen", c.evidence());
        return declared == null ? outcome
                : Evidence.of(EvidenceKind.DECLARATION, "declared", declared, "outcome", outcome);
    }

    /**
     * The finding for a declared fact that does not count, or {@code null} when it counts.
     *
     * @param facts   the facility's facts
     * @param key     the declaration's key
     * @param context the evaluation
     * @param labelJa what is declared, in Japanese (「24時間の患者連絡体制」)
     * @param labelEn what is declared, in English
     * @return UNKNOWN 「確認待ち」 while unconfirmed (or lapsed), NOT_MET when the manufacturer rejected it, or
     *         {@code null}
     */
    public CriterionResult unlessCounted(FacilityFacts facts, String key, EvaluationContext context, String labelJa,
            String labelEn) {
        Assessment a = assess(facts, key, context);
        if (a.counts()) {
            return null;
        }
        List<Evidence> evidence = new ArrayList<>(List.of(a.evidence()));
        if (a.rejected()) {
            return CriterionResult.notMet(evidence, "finding.declaration.rejected", new Reason(labelJa, labelEn));
        }
        return CriterionResult.unknown(evidence, "finding.declaration.awaiting", new Reason(labelJa, labelEn),
                a.why().en());
    }
}
