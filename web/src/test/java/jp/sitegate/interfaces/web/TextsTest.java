package jp.sitegate.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Issue 14: stored two-language texts show one language per page. */
class TextsTest {
    private final Texts texts = new Texts();

    @Test
    void aCauseWrittenInBothLanguagesShowsThePagesLanguage() {
        String cause = "日次再評価 2026-12-03（適用開始: LUNSUMIO v2） / daily re-evaluation 2026-12-03 (taking effect: "
                + "LUNSUMIO v2)";
        assertEquals("日次再評価 2026-12-03（適用開始: LUNSUMIO v2）", texts.inLanguage(cause, false));
        assertEquals("daily re-evaluation 2026-12-03 (taking effect: LUNSUMIO v2)", texts.inLanguage(cause, true));
    }

    @Test
    void aCauseInOneLanguageIsShownAsItIs() {
        assertEquals("profile v2 of LUNSUMIO", texts.inLanguage("profile v2 of LUNSUMIO", false));
        assertEquals("", texts.inLanguage(null, true));
    }

    @Test
    void noRequirementIdsShowADash() {
        assertEquals("-", texts.ids(java.util.List.of(), false));
        assertEquals("-", texts.ids(null, true));
    }
}
