package jp.sitegate.domain.model.eligibility;

import static jp.sitegate.domain.model.eligibility.FactsFixture.DAY;
import static jp.sitegate.domain.model.eligibility.FactsFixture.MANUFACTURER;
import static jp.sitegate.domain.model.eligibility.FactsFixture.PRODUCT;
import static jp.sitegate.domain.model.eligibility.FactsFixture.context;
import static jp.sitegate.domain.model.eligibility.FactsFixture.eligible;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import jp.sitegate.domain.model.briefing.AttendeeRole;
import jp.sitegate.domain.model.briefing.BriefingMaterial;
import jp.sitegate.domain.model.briefing.BriefingMode;
import jp.sitegate.domain.model.briefing.BriefingRequest;
import jp.sitegate.domain.model.briefing.VisitRestrictionKind;
import jp.sitegate.domain.model.eligibility.FacilityFacts.BriefingFact;
import jp.sitegate.domain.model.eligibility.FacilityFacts.LotFact;
import jp.sitegate.domain.model.eligibility.FacilityFacts.PhysicianFact;
import jp.sitegate.domain.model.facility.Capability;
import jp.sitegate.domain.model.facility.PartnerCoverage;
import jp.sitegate.domain.model.facility.TransplantCategory;
import jp.sitegate.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every requirement type, built from its JSON parameters as profiles compose them, including the edges. */
class RequirementTypesTest {

    private static FindingStatus eval(String criteriaJson, FactsFixture facts) {
        return result(criteriaJson, facts).status();
    }

    private static Finding result(String criteriaJson, FactsFixture facts) {
        CompiledRequirement r = new CompiledRequirement("T-1", "clause", "t", "t", CriteriaParser.parse("T-1",
                criteriaJson));
        return r.evaluate(facts.build(), context());
    }

    @Nested
    class IcuAccessType {
        static final String ABE_FAC_2 = "[{\"type\":\"ICU_ACCESS\",\"levels\":[1,2,3,4]}]";
        static final String LUN_FAC_3 = "[{\"type\":\"ICU_ACCESS\",\"levels\":[1,2,3,4,5,6],\"allowEquivalent\":true,"
                + "\"allowPartner\":true}]";

        @Test
        void ownFilingAtAnAcceptedLevel() {
            assertEquals(FindingStatus.MET, eval(ABE_FAC_2, eligible().icuLevels(2)));
        }

        @Test
        void levelFiveOnlyDoesNotSatisfyAbecma() {
            Finding f = result(ABE_FAC_2, eligible().icuLevels(5));
            assertEquals(FindingStatus.NOT_MET, f.status());
            assertTrue(f.reasonEn().contains("not accepted"), f.reasonEn());
            assertTrue(f.evidence().get(0).en().contains("level 5"));
        }

        @Test
        void twoLevelsAtOnceCountWhenOneIsAccepted() {
            assertEquals(FindingStatus.MET, eval(ABE_FAC_2, eligible().icuLevels(2, 5)));
        }

        @Test
        void aPartnershipTheFacilityEnteredAloneDoesNotCountUntilThePartnerAccepts() {
            // issue 11, REQUIREMENTS.md §8: a partner arrangement needs the partner facility's side too
            FactsFixture f = eligible().icuLevels().icuEquivalent(false, null)
                    .oneSidedPartner(EnumSet.of(PartnerCoverage.ICU_CARE), 1);
            Finding r = result(LUN_FAC_3, f);
            assertEquals(FindingStatus.UNKNOWN, r.status(), "pending, never MET");
            assertTrue(r.reasonJa().contains("承諾待ち"), r.reasonJa());
        }

        @Test
        void partnerIcuSatisfiesLunFac3() {
            FactsFixture f = eligible().icuLevels().icuEquivalent(false, null)
                    .partner(EnumSet.of(PartnerCoverage.ICU_CARE), 1);
            Finding r = result(LUN_FAC_3, f);
            assertEquals(FindingStatus.MET, r.status());
            assertTrue(r.evidence().get(0).en().startsWith("partner 1910112398"));
        }

        @Test
        void partnerWithoutIcuCoverageDoesNotCount() {
            FactsFixture f = eligible().icuLevels().icuEquivalent(false, null)
                    .partner(EnumSet.of(PartnerCoverage.SPECIALIST_SUPPORT), 1);
            assertEquals(FindingStatus.NOT_MET, eval(LUN_FAC_3, f));
        }

        @Test
        void partnerDoesNotCountForAbecma() {
            FactsFixture f = eligible().icuLevels().partner(EnumSet.of(PartnerCoverage.ICU_CARE), 1);
            assertEquals(FindingStatus.NOT_MET, eval(ABE_FAC_2, f));
        }

        @Test
        void anIcuEquivalentConfirmationCountsForItsManufacturerOnlyAndLapses() {
            // issue 11, REQUIREMENTS.md §8: typed names never count; another manufacturer's confirmation counts only
            // when the profile accepts any; a confirmation older than confirmationMonths (12) lapses
            FacilityFacts.Confirmation typed = new FacilityFacts.Confirmation("MR 佐藤", null, DAY.minusMonths(1));
            FacilityFacts.Confirmation other = new FacilityFacts.Confirmation("BMS MR", 99L, DAY.minusMonths(1));
            FacilityFacts.Confirmation old = new FacilityFacts.Confirmation("MR", MANUFACTURER, DAY.minusMonths(13));
            Finding pending = result(LUN_FAC_3, eligible().icuLevels().icuEquivalentConfirmed(true, typed));
            assertEquals(FindingStatus.UNKNOWN, pending.status());
            assertTrue(pending.reasonJa().contains("確認待ち"), pending.reasonJa());
            assertEquals(FindingStatus.UNKNOWN, eval(LUN_FAC_3, eligible().icuLevels().icuEquivalentConfirmed(true, other)));
            assertEquals(FindingStatus.MET, eval(LUN_FAC_3.replace("\"allowPartner\":true",
                    "\"allowPartner\":true,\"acceptAnyManufacturer\":true"),
                    eligible().icuLevels().icuEquivalentConfirmed(true, other)));
            assertEquals(FindingStatus.UNKNOWN, eval(LUN_FAC_3, eligible().icuLevels().icuEquivalentConfirmed(true, old)),
                    "lapsed after 12 months");
            assertEquals(FindingStatus.MET, eval(LUN_FAC_3.replace("\"allowPartner\":true",
                    "\"allowPartner\":true,\"confirmationMonths\":24"),
                    eligible().icuLevels().icuEquivalentConfirmed(true, old)));
            // after an RMP revision the profile may ask for a confirmation made since its effective date
            CompiledRequirement freshOnly = new CompiledRequirement("T-1", "clause", "t", "t", CriteriaParser.parse(
                    "T-1", LUN_FAC_3.replace("\"allowPartner\":true", "\"allowPartner\":true,"
                            + "\"requireFreshConfirmation\":true")));
            FacilityFacts confirmedLastMonth = eligible().icuLevels().icuEquivalent(true, "MR").build();
            assertEquals(FindingStatus.UNKNOWN, freshOnly.evaluate(confirmedLastMonth,
                    new EvaluationContext(PRODUCT, DAY, MANUFACTURER, DAY.minusDays(10))).status());
            assertEquals(FindingStatus.MET, freshOnly.evaluate(confirmedLastMonth,
                    new EvaluationContext(PRODUCT, DAY, MANUFACTURER, DAY.minusMonths(2))).status());
        }

        @Test
        void icuEquivalentCountsOnlyWhenConfirmedByAnMr() {
            assertEquals(FindingStatus.MET, eval(LUN_FAC_3, eligible().icuLevels().icuEquivalent(true, "MR 佐藤")));
            assertEquals(FindingStatus.UNKNOWN, eval(LUN_FAC_3, eligible().icuLevels().icuEquivalent(true, null)));
            assertEquals(FindingStatus.UNKNOWN, eval(LUN_FAC_3, eligible().icuLevels().icuEquivalent(null, null)));
            assertEquals(FindingStatus.NOT_MET, eval(LUN_FAC_3, eligible().icuLevels().icuEquivalent(false, null)));
        }

        @Test
        void endedFilingDoesNotCount() {
            FactsFixture f = eligible().icuLevels();
            f.filings.add(new FacilityFacts.IcuFilingFact(1, "集1", LocalDate.of(2020, 1, 1), DAY.minusDays(1), "l",
                    DAY.minusDays(1)));
            assertEquals(FindingStatus.NOT_MET, eval(ABE_FAC_2, f));
        }

        @Test
        void levelsAreValidated() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> CriteriaParser.parse("X", "[{\"type\":\"ICU_ACCESS\",\"levels\":[7]}]"));
            assertEquals("X.criteria[0].levels", e.field());
        }
    }

    @Nested
    class InpatientCareType {
        static final String OWN = "[{\"type\":\"INPATIENT_CARE\"}]";
        static final String OR_PARTNER = "[{\"type\":\"INPATIENT_CARE\",\"allowPartner\":true}]";

        @Test
        void bedsPartnerOrUnknown() {
            assertEquals(FindingStatus.MET, eval(OWN, eligible().beds(19)));
            assertEquals(FindingStatus.NOT_MET, eval(OWN, eligible().beds(0)));
            assertEquals(FindingStatus.UNKNOWN, eval(OWN, eligible().beds(null)));
            assertEquals(FindingStatus.NOT_MET,
                    eval(OWN, eligible().beds(0).partner(EnumSet.of(PartnerCoverage.INPATIENT_CARE))));
            assertEquals(FindingStatus.MET,
                    eval(OR_PARTNER, eligible().beds(0).partner(EnumSet.of(PartnerCoverage.INPATIENT_CARE))));
        }
    }

    @Nested
    class CapabilityType {
        static final String CONTACT = "[{\"type\":\"CAPABILITY\",\"capability\":\"CONTACT_24H\"}]";
        static final String SPECIALIST = "[{\"type\":\"CAPABILITY\",\"capability\":\"SPECIALIST_SUPPORT\","
                + "\"partnerCoverage\":\"SPECIALIST_SUPPORT\"}]";

        @Test
        void declaredUndeclaredAbsent() {
            assertEquals(FindingStatus.MET, eval(CONTACT, eligible()));
            assertEquals(FindingStatus.UNKNOWN, eval(CONTACT, eligible().capability(Capability.CONTACT_24H, null)));
            assertEquals(FindingStatus.NOT_MET, eval(CONTACT, eligible().capability(Capability.CONTACT_24H, false)));
        }

        @Test
        void partnerCoverageSatisfiesWhenNamed() {
            FactsFixture f = eligible().capability(Capability.SPECIALIST_SUPPORT, false)
                    .partner(EnumSet.of(PartnerCoverage.SPECIALIST_SUPPORT));
            assertEquals(FindingStatus.MET, eval(SPECIALIST, f));
            FactsFixture g = eligible().capability(Capability.CONTACT_24H, false)
                    .partner(EnumSet.allOf(PartnerCoverage.class));
            assertEquals(FindingStatus.NOT_MET, eval(CONTACT, g));
        }

        @Test
        void unknownCapabilityIsRejected() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> CriteriaParser.parse("X", "[{\"type\":\"CAPABILITY\",\"capability\":\"ROBOTS\"}]"));
            assertEquals("X.criteria[0].capability", e.field());
        }
    }

    @Nested
    class TransplantCenterType {
        static final String ABE_FAC_1 = "[{\"type\":\"TRANSPLANT_CENTER\",\"categories\":[\"CATEGORY_1\","
                + "\"CATEGORY_2\",\"CATEGORY_3\",\"TRIAL_SITE\"]}]";

        @Test
        void categories() {
            assertEquals(FindingStatus.MET, eval(ABE_FAC_1, eligible().category(TransplantCategory.CATEGORY_3)));
            assertEquals(FindingStatus.MET, eval(ABE_FAC_1, eligible().category(TransplantCategory.TRIAL_SITE)));
            assertEquals(FindingStatus.NOT_MET, eval(ABE_FAC_1, eligible().category(TransplantCategory.NONE)));
            assertEquals(FindingStatus.UNKNOWN, eval(ABE_FAC_1, eligible().category(null)));
        }
    }

    @Nested
    class QualifiedPhysiciansType {
        static final String LEAD = "[{\"type\":\"QUALIFIED_PHYSICIANS\",\"minCount\":1,\"treatmentLead\":true,"
                + "\"minYearsSinceLicence\":6,\"minHematologyYears\":3,\"minTransplantTrainingYears\":1,"
                + "\"minAllogeneicTransplants\":5,\"productTraining\":true}]";
        static final String TWO = "[{\"type\":\"QUALIFIED_PHYSICIANS\",\"minCount\":2,\"minYearsSinceLicence\":6,"
                + "\"minHematologyYears\":3}]";
        static final String LUN = "[{\"type\":\"QUALIFIED_PHYSICIANS\",\"fullTime\":true,\"minHematologyYears\":3,"
                + "\"mrMeetings\":true,\"safetyCooperation\":true}]";

        static PhysicianFact p(long id, LocalDate licence, Integer heme, Integer transplantYears, Integer allo,
                boolean lead, boolean trained) {
            return new PhysicianFact(id, licence, heme, 0, transplantYears, allo, true, true, true, lead,
                    LocalDate.of(2015, 1, 1), null, trained ? Map.of(PRODUCT, LocalDate.of(2024, 1, 1)) : Map.of());
        }

        @Test
        void leadMeetingEveryCondition() {
            assertEquals(FindingStatus.MET, eval(LEAD, eligible()));
        }

        @Test
        void aTrainingOlderThanTheRetrainingIntervalNoLongerCounts() {
            // issue 11: trained on 2024-01-01; the day evaluated is 2025-11-01 (22 months later)
            String every24 = LEAD.replace("\"productTraining\":true", "\"productTraining\":true,\"retrainingMonths\":24");
            String every12 = LEAD.replace("\"productTraining\":true", "\"productTraining\":true,\"retrainingMonths\":12");
            FactsFixture trained = eligible().physicians(p(1, LocalDate.of(2005, 1, 1), 5, 2, 9, true, true));
            assertEquals(FindingStatus.MET, eval(every24, trained));
            assertEquals(FindingStatus.NOT_MET, eval(every12, trained), "due for re-training");
        }

        @Test
        void leadWithTooFewTransplantsOrNoTraining() {
            assertEquals(FindingStatus.NOT_MET, eval(LEAD, eligible().physicians(
                    p(1, LocalDate.of(2005, 1, 1), 5, 2, 4, true, true))));
            assertEquals(FindingStatus.NOT_MET, eval(LEAD, eligible().physicians(
                    p(1, LocalDate.of(2005, 1, 1), 5, 2, 9, true, false))));
        }

        @Test
        void sixYearsSinceLicenceAreCountedToTheDay() {
            LocalDate exactlySix = DAY.minusYears(6);
            assertEquals(FindingStatus.MET, eval(LEAD, eligible().physicians(p(1, exactlySix, 5, 2, 9, true, true))));
            assertEquals(FindingStatus.NOT_MET,
                    eval(LEAD, eligible().physicians(p(1, exactlySix.plusDays(1), 5, 2, 9, true, true))));
        }

        @Test
        void missingDataMakesItUnknownNotNotMet() {
            Finding f = result(LEAD, eligible().physicians(p(1, LocalDate.of(2005, 1, 1), 5, 2, null, true, true)));
            assertEquals(FindingStatus.UNKNOWN, f.status());
            assertTrue(f.evidence().get(0).en().contains("allogeneic transplants"));
        }

        @Test
        void atLeastTwoPhysicians() {
            assertEquals(FindingStatus.MET, eval(TWO, eligible()));
            assertEquals(FindingStatus.NOT_MET, eval(TWO, eligible().physicians(
                    p(1, LocalDate.of(2005, 1, 1), 5, 2, 9, true, true), p(2, LocalDate.of(2005, 1, 1), 2, 0, 0,
                            false, true))));
        }

        @Test
        void onlyFullTimeAndCurrentlyEmployedCount() {
            PhysicianFact partTime = new PhysicianFact(1, LocalDate.of(2005, 1, 1), 10, 0, 0, 0, true, true, false,
                    false, LocalDate.of(2015, 1, 1), null, Map.of());
            PhysicianFact left = new PhysicianFact(2, LocalDate.of(2005, 1, 1), 10, 0, 0, 0, true, true, true, false,
                    LocalDate.of(2015, 1, 1), DAY.minusDays(1), Map.of());
            PhysicianFact notYet = new PhysicianFact(3, LocalDate.of(2005, 1, 1), 10, 0, 0, 0, true, true, true, false,
                    DAY.plusDays(1), null, Map.of());
            assertEquals(FindingStatus.NOT_MET, eval(LUN, eligible().physicians(partTime, left, notYet)));
            PhysicianFact lastDay = new PhysicianFact(4, LocalDate.of(2005, 1, 1), 10, 0, 0, 0, true, true, true,
                    false, LocalDate.of(2015, 1, 1), DAY, Map.of());
            assertEquals(FindingStatus.MET, eval(LUN, eligible().physicians(lastDay)));
        }

        @Test
        void attestationsAreRequiredForLunsumio() {
            PhysicianFact noAttest = new PhysicianFact(1, LocalDate.of(2005, 1, 1), 10, 0, 0, 0, true, false, true,
                    false, LocalDate.of(2015, 1, 1), null, Map.of());
            Finding f = result(LUN, eligible().physicians(noAttest));
            assertEquals(FindingStatus.NOT_MET, f.status());
            assertTrue(f.evidence().get(0).en().contains("LUN-PHY-3"));
        }

        @Test
        void evidenceNamesPhysiciansByIdOnly() {
            List<Evidence> evidence = result(LEAD, eligible()).evidence();
            assertFalse(evidence.isEmpty(), "the treatment lead is named (issue 13: never an assertion over nothing)");
            evidence.forEach(e -> assertTrue(e.en().startsWith("physician #"), e.en()));
        }
    }

    @Nested
    class BriefingTypes {
        static final String AUDIENCE = "[{\"type\":\"BRIEFING_AUDIENCE\",\"roles\":[\"PHYSICIAN\",\"PHARMACIST\","
                + "\"NURSE\"]}]";
        static final String MODE = "[{\"type\":\"BRIEFING_MODE\"}]";
        static final String MATERIALS = "[{\"type\":\"BRIEFING_MATERIALS\",\"materials\":[\"PACKAGE_INSERT\","
                + "\"HCP_MATERIALS_CRS_GUIDANCE\",\"PATIENT_MATERIALS\"]}]";
        static final String REQUESTS = "[{\"type\":\"BRIEFING_REQUESTS\",\"requests\":[\"EXPLAIN_TO_PATIENT\","
                + "\"EMERGENCY_CONTACT_IN_MATERIALS\",\"CHECK_AT_LATER_DOSES\"]}]";

        static BriefingFact b(long id, BriefingMode mode, String restriction, Map<AttendeeRole, Integer> att,
                EnumSet<BriefingMaterial> mats, EnumSet<BriefingRequest> reqs) {
            return new BriefingFact(id, DAY.minusDays(10), mode, restriction, att, mats, reqs);
        }

        @Test
        void inPersonBriefingCoveringEverything() {
            for (String c : List.of(AUDIENCE, MODE, MATERIALS, REQUESTS)) {
                assertEquals(FindingStatus.MET, eval(c, eligible()), c);
            }
        }

        @Test
        void onlineWithoutVisitRestrictionIsNotMet() {
            FactsFixture f = eligible().briefings(FactsFixture.briefing(1, BriefingMode.ONLINE, null));
            Finding r = result(MODE, f);
            assertEquals(FindingStatus.NOT_MET, r.status());
            assertTrue(r.reasonEn().contains("visit restriction"));
            assertEquals(FindingStatus.NOT_MET, eval(AUDIENCE, f), "an invalid briefing covers nobody");
        }

        @Test
        void onlyAVisitRestrictionRecordedAsSuchLetsAnOnlineBriefingCount() {
            // issue 11, LUN-BRF-2: free text alone, a text saying there is none, or a restriction that started after
            // the briefing do not count; OTHER needs its description
            java.time.LocalDate held = DAY.minusMonths(2);
            assertEquals(FindingStatus.NOT_MET, eval(MODE, eligible().briefings(FactsFixture.briefingUnder(1,
                    BriefingMode.ONLINE, null, null, "感染対策で訪問制限中"))), "free text alone");
            assertEquals(FindingStatus.NOT_MET, eval(MODE, eligible().briefings(FactsFixture.briefingUnder(1,
                    BriefingMode.ONLINE, VisitRestrictionKind.OTHER, held.minusDays(1), "訪問規制なし"))),
                    "a text that says there is none");
            assertEquals(FindingStatus.NOT_MET, eval(MODE, eligible().briefings(FactsFixture.briefingUnder(1,
                    BriefingMode.ONLINE, VisitRestrictionKind.OTHER, held.minusDays(1), null))), "OTHER undescribed");
            assertEquals(FindingStatus.NOT_MET, eval(MODE, eligible().briefings(FactsFixture.briefingUnder(1,
                    BriefingMode.ONLINE, VisitRestrictionKind.DISASTER, held.plusDays(1), null))),
                    "a restriction that began after the briefing");
            assertEquals(FindingStatus.MET, eval(MODE, eligible().briefings(FactsFixture.briefingUnder(1,
                    BriefingMode.ONLINE, VisitRestrictionKind.DISASTER, held, null))));
        }

        @Test
        void afterAnRmpRevisionOnlyBriefingsSinceTheNewVersionCountWhenTheProfileSaysSo() {
            // issue 11: a profile version issued after an RMP revision may require fresh briefings; the fixture's
            // briefing was held two months before DAY
            String fresh = "[{\"type\":\"BRIEFING_MODE\",\"requireFreshBriefing\":true}]";
            FactsFixture f = eligible().briefings(FactsFixture.briefing(1, BriefingMode.IN_PERSON, null));
            CompiledRequirement r = new CompiledRequirement("T-1", "clause", "t", "t", CriteriaParser.parse("T-1",
                    fresh));
            Finding revisedAfter = r.evaluate(f.build(), new EvaluationContext(PRODUCT, DAY, MANUFACTURER,
                    DAY.minusMonths(1)));
            assertEquals(FindingStatus.NOT_MET, revisedAfter.status(), revisedAfter.reasonEn());
            assertEquals(FindingStatus.MET, r.evaluate(f.build(), new EvaluationContext(PRODUCT, DAY, MANUFACTURER,
                    DAY.minusMonths(3))).status(), "held after the revision");
            assertEquals(FindingStatus.MET, eval(MODE, f), "without the parameter every briefing counts");
        }

        @Test
        void onlineWithVisitRestrictionIsMet() {
            FactsFixture f = eligible().briefings(FactsFixture.briefing(1, BriefingMode.ONLINE, "感染対策で訪問制限中"));
            assertEquals(FindingStatus.MET, eval(MODE, f));
        }

        @Test
        void audienceMayBeCoveredAcrossBriefingsButNotWhenMissing() {
            BriefingFact doctors = b(1, BriefingMode.IN_PERSON, null, Map.of(AttendeeRole.PHYSICIAN, 2),
                    EnumSet.allOf(BriefingMaterial.class), EnumSet.allOf(BriefingRequest.class));
            BriefingFact staff = b(2, BriefingMode.IN_PERSON, null, Map.of(AttendeeRole.PHARMACIST, 1,
                    AttendeeRole.NURSE, 1), EnumSet.noneOf(BriefingMaterial.class), EnumSet.noneOf(BriefingRequest.class));
            assertEquals(FindingStatus.MET, eval(AUDIENCE, eligible().briefings(doctors, staff)));
            Finding f = result(AUDIENCE, eligible().briefings(doctors));
            assertEquals(FindingStatus.NOT_MET, f.status());
            assertTrue(f.reasonEn().contains("pharmacist") && f.reasonEn().contains("nurse"), f.reasonEn());
            // issue 12: labels, never enum names
            assertTrue(f.reasonJa().contains("薬剤師") && !f.reasonEn().contains("PHARMACIST"), f.reasonJa());
        }

        @Test
        void missingMaterialAndRequest() {
            BriefingFact partial = b(1, BriefingMode.IN_PERSON, null, Map.of(AttendeeRole.PHYSICIAN, 1),
                    EnumSet.of(BriefingMaterial.PACKAGE_INSERT), EnumSet.of(BriefingRequest.EXPLAIN_TO_PATIENT));
            Finding m = result(MATERIALS, eligible().briefings(partial));
            assertEquals(FindingStatus.NOT_MET, m.status());
            assertTrue(m.reasonEn().contains("patient materials") && !m.reasonEn().contains("PATIENT_MATERIALS"),
                    m.reasonEn());
            assertEquals(FindingStatus.NOT_MET, eval(REQUESTS, eligible().briefings(partial)));
        }

        @Test
        void noBriefingOrABriefingAfterTheDay() {
            assertEquals(FindingStatus.NOT_MET, eval(MODE, eligible().briefings()));
            BriefingFact later = new BriefingFact(1, DAY.plusDays(1), BriefingMode.IN_PERSON, null,
                    Map.of(AttendeeRole.PHYSICIAN, 1), EnumSet.allOf(BriefingMaterial.class),
                    EnumSet.allOf(BriefingRequest.class));
            assertEquals(FindingStatus.NOT_MET, eval(MODE, eligible().briefings(later)));
        }
    }

    @Nested
    class TocilizumabStockType {
        static final String STOCK = "[{\"type\":\"TOCILIZUMAB_STOCK\",\"minMg\":1600}]";

        @Test
        void unexpiredIntravenousStockAtTheMinimum() {
            assertEquals(FindingStatus.MET, eval(STOCK, eligible()));
            assertEquals(FindingStatus.MET, eval(STOCK, eligible().lots(
                    new LotFact("6399421A1020", "A", DAY, 8, 200, true))), "counts until the end of its expiry date");
        }

        @Test
        void expiredLotsDoNotCount() {
            Finding f = result(STOCK, eligible().lots(new LotFact("6399421A3022", "OLD", DAY.minusDays(1), 4, 400, true),
                    new LotFact("6399421A1020", "NEW", DAY.plusDays(30), 2, 200, true)));
            assertEquals(FindingStatus.NOT_MET, f.status());
            assertTrue(f.reasonEn().contains("400 mg"), f.reasonEn());
            assertTrue(f.evidence().stream().anyMatch(e -> e.en().contains("OLD") && e.en().contains("expired")));
        }

        @Test
        void subcutaneousTocilizumabDoesNotCount() {
            Finding f = result(STOCK, eligible().lots(new LotFact("6399421G1022", "SC", DAY.plusYears(1), 20, 162,
                    false)));
            assertEquals(FindingStatus.NOT_MET, f.status());
            assertTrue(f.evidence().get(0).en().contains("subcutaneous"));
        }

        @Test
        void justBelowTheMinimum() {
            assertEquals(FindingStatus.NOT_MET, eval(STOCK, eligible().lots(
                    new LotFact("6399421A3022", "A", DAY.plusYears(1), 3, 400, true),
                    new LotFact("6399421A2026", "B", DAY.plusYears(1), 4, 80, true))), "1,520 mg");
            assertEquals(FindingStatus.MET, eval(STOCK, eligible().lots(
                    new LotFact("6399421A3022", "A", DAY.plusYears(1), 3, 400, true),
                    new LotFact("6399421A2026", "B", DAY.plusYears(1), 5, 80, true))), "1,600 mg");
        }

        @Test
        void defaultMinimumIsTwoDosesOf800mg() {
            assertEquals(1600, ((jp.sitegate.domain.model.eligibility.criteria.TocilizumabStock) CriteriaParser
                    .parse("X", "[{\"type\":\"TOCILIZUMAB_STOCK\"}]").get(0)).minMg());
        }
    }

    @Test
    void unknownTypeIsRejectedWithItsPath() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CriteriaParser.parse("NEW-1", "[{\"type\":\"TELEPATHY\"}]"));
        assertEquals("NEW-1.criteria[0].type", e.field());
        assertThrows(InvalidInputException.class, () -> CriteriaParser.parse("NEW-1", "not json"));
        assertThrows(InvalidInputException.class, () -> CriteriaParser.parse("NEW-1", "[]"));
    }

    @Test
    void aRequirementWithSeveralCriteriaTakesTheWorstStatus() {
        String json = "[{\"type\":\"CAPABILITY\",\"capability\":\"CONTACT_24H\"},"
                + "{\"type\":\"CAPABILITY\",\"capability\":\"TEAM_CARE\"}]";
        assertEquals(FindingStatus.MET, eval(json, eligible()));
        assertEquals(FindingStatus.UNKNOWN, eval(json, eligible().capability(Capability.TEAM_CARE, null)));
        assertEquals(FindingStatus.NOT_MET, eval(json, eligible().capability(Capability.TEAM_CARE, null)
                .capability(Capability.CONTACT_24H, false)));
    }

    /** Issue 14: the composer's form lists exactly the parameters each type reads, with how they are written. */
    @Test
    void eachTypeListsTheParametersItReads() {
        for (RequirementType type : RequirementType.values()) {
            java.util.Set<String> names = new java.util.HashSet<>(type.parameters().stream()
                    .map(CriterionParameters.Parameter::name).toList());
            try (jakarta.json.JsonReader r = jakarta.json.Json.createReader(new java.io.StringReader(type.template()))) {
                java.util.Set<String> inTemplate = new java.util.HashSet<>(r.readArray().getJsonObject(0).keySet());
                inTemplate.remove("type");
                assertTrue(names.containsAll(inTemplate), type + " reads " + names + ", its template sets "
                        + inTemplate);
            }
        }
        Map<String, CriterionParameters.Parameter> icu = byName(RequirementType.ICU_ACCESS);
        assertEquals(List.of("levels", "allowEquivalent", "allowPartner", "confirmationMonths",
                "acceptAnyManufacturer", "requireFreshConfirmation"), List.copyOf(icu.keySet()));
        CriterionParameters.Parameter levels = icu.get("levels");
        assertEquals(CriterionParameters.Kind.INTEGER_SET, levels.kind());
        assertEquals(1, levels.min());
        assertEquals(6, levels.max());
        assertTrue(levels.required());
        assertEquals(Boolean.FALSE, icu.get("allowPartner").fallback());
        CriterionParameters.Parameter capability = byName(RequirementType.CAPABILITY).get("capability");
        assertEquals(CriterionParameters.Kind.CHOICE, capability.kind());
        assertEquals(Capability.class, capability.values());
        assertTrue(capability.required());
        assertFalse(byName(RequirementType.CAPABILITY).get("partnerCoverage").required());
        assertEquals(CriterionParameters.Kind.CHOICE_SET, byName(RequirementType.BRIEFING_AUDIENCE).get("roles").kind());
        CriterionParameters.Parameter minMg = byName(RequirementType.TOCILIZUMAB_STOCK).get("minMg");
        assertEquals(CriterionParameters.Kind.INTEGER, minMg.kind());
        assertEquals(RequirementType.DEFAULT_TOCILIZUMAB_MG, minMg.fallback());
        assertEquals(List.of("requireFreshBriefing"), List.copyOf(byName(RequirementType.BRIEFING_MODE).keySet()));
        assertEquals(null, byName(RequirementType.QUALIFIED_PHYSICIANS).get("minHematologyYears").fallback());
    }

    private static Map<String, CriterionParameters.Parameter> byName(RequirementType type) {
        Map<String, CriterionParameters.Parameter> out = new java.util.LinkedHashMap<>();
        type.parameters().forEach(p -> out.put(p.name(), p));
        return out;
    }
}
