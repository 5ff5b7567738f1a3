package jp.sitegate.application.facility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import jp.sitegate.application.view.FacilityViews;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.facility.MedicalInstitutionCode;
import jp.sitegate.testsupport.Actors;
import jp.sitegate.testsupport.DatabaseTest;
import jp.sitegate.testsupport.H2Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The name autocomplete's suggestions (issue 14): hospitals with beds before clinics, a name that starts with the
 * text before one that contains it, partial codes found, at most {@value FacilityQueryService#SUGGESTIONS}.
 */
@DatabaseTest(demo = true)
class FacilitySuggestionTest {
    private static final Instant NOW = Instant.parse("2026-01-10T01:00:00Z");
    private H2Database db;

    @BeforeEach
    void setUp() {
        Actors.demoUsers(db, NOW);
        db.inTransaction(em -> {
            // a clinic whose name starts with what is typed, and twelve more clinics that contain it
            Facility clinic = new Facility(code("090000"), "甲府クリニック", NOW);
            clinic.updateListing("甲府クリニック", null, "甲府市", null, 0, NOW);
            em.persist(clinic);
            for (int i = 0; i < 12; i++) {
                em.persist(new Facility(code("0910" + (10 + i)),
                        "南甲府診療所" + i, NOW));
            }
        });
        Actors.actAs(db, "dist1");
    }

    /** A valid Yamanashi medical code: 19, fee-schedule digit 1, six digits and the check digit that fits. */
    private static MedicalInstitutionCode code(String sixDigits) {
        for (int d = 0; d <= 9; d++) {
            if (MedicalInstitutionCode.isValid("191" + sixDigits + d)) {
                return MedicalInstitutionCode.of("191" + sixDigits + d);
            }
        }
        throw new IllegalStateException("no check digit fits " + sixDigits);
    }

    @AfterEach
    void close() {
        Actors.signOut();
    }

    private List<FacilityViews.Summary> suggest(String text) {
        return db.inTransactionReturning(em -> Actors.service(new FacilityQueryService(), em, NOW).suggest(text));
    }

    @Test
    void hospitalsWithBedsComeBeforeClinicsAndAPrefixBeforeAContainedName() {
        List<FacilityViews.Summary> found = suggest("甲府");
        assertEquals(FacilityQueryService.SUGGESTIONS, found.size(), "at most ten: " + found);
        assertEquals("市立甲府病院", found.get(0).name(), "the hospital typed first, though its name only contains it");
        assertTrue(found.get(0).beds() > 0);
        int clinic = found.stream().map(FacilityViews.Summary::name).toList().indexOf("甲府クリニック");
        assertEquals(1, clinic, "then the clinic whose name starts with the text, before the others: " + found);
    }

    @Test
    void aPartialCodeInFullWidthDigitsFindsTheFacilities() {
        List<FacilityViews.Summary> found = suggest("１９１２１");
        assertEquals(List.of("1912110952"), found.stream().map(FacilityViews.Summary::code).toList());
    }

    @Test
    void lessThanTwoCharactersSuggestNothing() {
        assertEquals(List.of(), suggest("甲"));
        assertEquals(List.of(), suggest(" "));
    }
}
