package jp.sitegate.domain.model.eligibility;

import static jp.sitegate.domain.model.eligibility.FactsFixture.DAY;
import static jp.sitegate.domain.model.eligibility.FactsFixture.MANUFACTURER;
import static jp.sitegate.domain.model.eligibility.FactsFixture.PRODUCT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.sitegate.domain.model.eligibility.FacilityFacts.Confirmation;
import jp.sitegate.domain.model.eligibility.FacilityFacts.DeclarationFact;
import jp.sitegate.domain.model.facility.Capability;
import jp.sitegate.domain.model.facility.TransplantCategory;
import jp.sitegate.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 (REQUIREMENTS.md §8), parameter {@code verification} on the requirement types that read declared facts
 * (CAPABILITY, TRANSPLANT_CENTER, QUALIFIED_PHYSICIANS): under CONFIRMED a declaration counts only once the product's
 * manufacturer (or any, with {@code acceptAnyManufacturer}) confirmed it within {@code confirmationMonths} — UNKNOWN
 * 「確認待ち」 until then, NOT_MET once rejected; the evidence names who declared and who confirmed; DECLARED (and
 * profiles without the parameter) count the declaration as it is.
 */
class DeclarationVerificationTest {
    static final String LUN_FAC_2 = "[{\"type\":\"CAPABILITY\",\"capability\":\"CONTACT_24H\","
            + "\"verification\":\"CONFIRMED\"}]";
    static final long OTHER = 99L;

    private static Confirmation confirmed(long org, LocalDate seen) {
        return new Confirmation("MR 佐藤（mr1）", org, seen, false, Evidence.of(EvidenceKind.SEEN_NOTE));
    }

    private static Confirmation rejected(long org, LocalDate seen) {
        return new Confirmation("MR 鈴木（mr2）", org, seen, true, Evidence.of(EvidenceKind.SEEN_NOTE));
    }

    /** Facts declaring {@code key}, decided as given, evaluated on {@code day}. */
    private static Finding evaluate(String criteria, FactsFixture fixture, Map<String, List<Confirmation>> decided,
            LocalDate day) {
        FacilityFacts base = fixture.build();
        Map<String, DeclarationFact> declarations = new HashMap<>();
        decided.forEach((key, list) -> declarations.put(key, new DeclarationFact("施設管理者（fadmin1）",
                DAY.minusMonths(2), list)));
        FacilityFacts facts = base.withDeclarations(declarations);
        return new CompiledRequirement("T-1", "clause", "t", "t", CriteriaParser.parse("T-1", criteria))
                .evaluate(facts, new EvaluationContext(PRODUCT, day, MANUFACTURER, LocalDate.of(2025, 1, 1)));
    }

    private static Finding contact24h(List<Confirmation> decisions, LocalDate day) {
        return evaluate(LUN_FAC_2, FactsFixture.eligible().capability(Capability.CONTACT_24H, true),
                Map.of("CONTACT_24H", decisions), day);
    }

    @Test
    void aDeclaredCapabilityIsUnknownUntilConfirmedThenMetThenUnknownWhenTheConfirmationLapses() {
        Finding pending = contact24h(List.of(), DAY);
        assertEquals(FindingStatus.UNKNOWN, pending.status());
        assertTrue(pending.reasonJa().contains("確認待ち"), pending.reasonJa());
        assertTrue(pending.evidence().get(0).en().contains("declared by 施設管理者（fadmin1）"), pending.evidence().toString());

        Finding met = contact24h(List.of(confirmed(MANUFACTURER, DAY.minusMonths(1))), DAY);
        assertEquals(FindingStatus.MET, met.status());
        assertTrue(met.evidence().get(0).en().contains("confirmed by MR 佐藤（mr1）, seen on " + DAY.minusMonths(1)),
                met.evidence().toString());

        Finding lapsed = contact24h(List.of(confirmed(MANUFACTURER, DAY.minusMonths(13))), DAY);
        assertEquals(FindingStatus.UNKNOWN, lapsed.status());
        assertTrue(lapsed.reasonEn().contains("lapsed after 12 months"), lapsed.reasonEn());
    }

    @Test
    void aConfirmationIsTheConfirmingManufacturersOnlyUnlessTheProfileAcceptsAny() {
        Finding other = contact24h(List.of(confirmed(OTHER, DAY.minusMonths(1))), DAY);
        assertEquals(FindingStatus.UNKNOWN, other.status());
        assertTrue(other.reasonEn().contains("another manufacturer"), other.reasonEn());
        Finding any = evaluate("[{\"type\":\"CAPABILITY\",\"capability\":\"CONTACT_24H\",\"verification\":"
                + "\"CONFIRMED\",\"acceptAnyManufacturer\":true}]", FactsFixture.eligible()
                        .capability(Capability.CONTACT_24H, true),
                Map.of("CONTACT_24H", List.of(confirmed(OTHER, DAY.minusMonths(1)))), DAY);
        assertEquals(FindingStatus.MET, any.status());
    }

    @Test
    void theManufacturersNewestDecisionStands() {
        Finding rejected = contact24h(List.of(confirmed(MANUFACTURER, DAY.minusMonths(2)),
                rejected(MANUFACTURER, DAY.minusMonths(1))), DAY);
        assertEquals(FindingStatus.NOT_MET, rejected.status());
        assertTrue(rejected.reasonJa().contains("否認"), rejected.reasonJa());
        Finding reconfirmed = contact24h(List.of(rejected(MANUFACTURER, DAY.minusMonths(2)),
                confirmed(MANUFACTURER, DAY.minusMonths(1))), DAY);
        assertEquals(FindingStatus.MET, reconfirmed.status());
        Finding otherRejected = contact24h(List.of(rejected(OTHER, DAY.minusMonths(2))), DAY);
        assertEquals(FindingStatus.UNKNOWN, otherRejected.status(), "another manufacturer's rejection is not ours");
    }

    @Test
    void confirmationMonthsAndRequireFreshConfirmationAreTheProfiles() {
        String sixMonths = "[{\"type\":\"CAPABILITY\",\"capability\":\"CONTACT_24H\",\"verification\":\"CONFIRMED\","
                + "\"confirmationMonths\":6}]";
        FactsFixture f = FactsFixture.eligible().capability(Capability.CONTACT_24H, true);
        assertEquals(FindingStatus.UNKNOWN, evaluate(sixMonths, f, Map.of("CONTACT_24H",
                List.of(confirmed(MANUFACTURER, DAY.minusMonths(7)))), DAY).status());
        assertEquals(FindingStatus.MET, evaluate(sixMonths, f, Map.of("CONTACT_24H",
                List.of(confirmed(MANUFACTURER, DAY.minusMonths(5)))), DAY).status());
        String fresh = "[{\"type\":\"CAPABILITY\",\"capability\":\"CONTACT_24H\",\"verification\":\"CONFIRMED\","
                + "\"requireFreshConfirmation\":true}]";
        // the context's profile version is effective from 2025-01-01
        assertEquals(FindingStatus.UNKNOWN, evaluate(fresh, f, Map.of("CONTACT_24H",
                List.of(confirmed(MANUFACTURER, LocalDate.of(2024, 12, 1)))), DAY).status());
        assertEquals(FindingStatus.MET, evaluate(fresh, f, Map.of("CONTACT_24H",
                List.of(confirmed(MANUFACTURER, LocalDate.of(2025, 2, 1)))), DAY).status());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CriteriaParser.parse("T-1",
                "[{\"type\":\"CAPABILITY\",\"capability\":\"CONTACT_24H\",\"verification\":\"TRUSTED\"}]"));
        assertTrue(e.field().endsWith("verification"), e.field());
    }

    @Test
    void declaredVerificationAndOldProfilesCountTheDeclarationAsItIs() {
        FactsFixture f = FactsFixture.eligible().capability(Capability.CONTACT_24H, true);
        assertEquals(FindingStatus.MET, evaluate("[{\"type\":\"CAPABILITY\",\"capability\":\"CONTACT_24H\","
                + "\"verification\":\"DECLARED\"}]", f, Map.of("CONTACT_24H", List.of()), DAY).status());
        assertEquals(FindingStatus.MET, evaluate("[{\"type\":\"CAPABILITY\",\"capability\":\"CONTACT_24H\"}]", f,
                Map.of(), DAY).status(), "no verification parameter: as before 2026-12-02");
        assertEquals(FindingStatus.UNKNOWN, evaluate(LUN_FAC_2, f, Map.of(), DAY).status(),
                "a declaration never recorded as such is not confirmed either");
        assertEquals(FindingStatus.NOT_MET, evaluate(LUN_FAC_2, FactsFixture.eligible()
                .capability(Capability.CONTACT_24H, false), Map.of("CONTACT_24H", List.of()), DAY).status(),
                "declared absent needs no confirmation");
    }

    @Test
    void theTransplantCategoryCountsOnceConfirmed() {
        String abeFac1 = "[{\"type\":\"TRANSPLANT_CENTER\",\"categories\":[\"CATEGORY_1\",\"CATEGORY_2\","
                + "\"CATEGORY_3\",\"TRIAL_SITE\"],\"verification\":\"CONFIRMED\"}]";
        FactsFixture f = FactsFixture.eligible().category(TransplantCategory.CATEGORY_1);
        assertEquals(FindingStatus.UNKNOWN, evaluate(abeFac1, f, Map.of("TRANSPLANT_CATEGORY", List.of()), DAY)
                .status());
        assertEquals(FindingStatus.MET, evaluate(abeFac1, f, Map.of("TRANSPLANT_CATEGORY",
                List.of(confirmed(MANUFACTURER, DAY.minusDays(3)))), DAY).status());
    }

    @Test
    void aQualifyingPhysicianCountsOnceTheirDeclarationIsConfirmed() {
        String lunPhy1 = "[{\"type\":\"QUALIFIED_PHYSICIANS\",\"minCount\":1,\"fullTime\":true,"
                + "\"minHematologyYears\":3,\"verification\":\"CONFIRMED\"}]";
        FactsFixture f = FactsFixture.eligible().physicians(FactsFixture.physician(7, true, false));
        Finding pending = evaluate(lunPhy1, f, Map.of("PHYSICIAN:7", List.of()), DAY);
        assertEquals(FindingStatus.UNKNOWN, pending.status());
        assertTrue(pending.reasonJa().contains("確認待ち 1名"), pending.reasonJa());
        Finding met = evaluate(lunPhy1, f, Map.of("PHYSICIAN:7", List.of(confirmed(MANUFACTURER, DAY.minusDays(3)))),
                DAY);
        assertEquals(FindingStatus.MET, met.status());
        assertTrue(met.evidence().get(0).en().contains("physician #7") && met.evidence().get(0).en().contains("confirmed by"),
                met.evidence().toString());
        Finding rejected = evaluate(lunPhy1, f, Map.of("PHYSICIAN:7", List.of(rejected(MANUFACTURER,
                DAY.minusDays(3)))), DAY);
        assertEquals(FindingStatus.NOT_MET, rejected.status(), "the only physician was rejected");
    }

    @Test
    void theIcuEquivalentIsPerManufacturerFromTheDeclarations() {
        String lunFac3 = "[{\"type\":\"ICU_ACCESS\",\"levels\":[1,2,3,4,5,6],\"allowEquivalent\":true}]";
        FactsFixture f = FactsFixture.eligible().icuLevels().icuEquivalent(true, null);
        assertEquals(FindingStatus.MET, evaluate(lunFac3, f, Map.of("ICU_EQUIVALENT", List.of(
                confirmed(OTHER, DAY.minusMonths(1)), confirmed(MANUFACTURER, DAY.minusMonths(2)))), DAY).status(),
                "BMS's later confirmation does not overwrite the product's manufacturer's");
        assertEquals(FindingStatus.NOT_MET, evaluate(lunFac3, f, Map.of("ICU_EQUIVALENT", List.of(
                rejected(MANUFACTURER, DAY.minusMonths(1)))), DAY).status());
    }
}
