package jp.sitegate.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/** Turns stored values into page text (issue 14: no Java list, no enum name, one language per page). */
@Named("texts")
@ApplicationScoped
public class Texts {

    /**
     * @param requirementIds requirement ids, e.g. [LUN-PHY-1, SUSPENDED]
     * @param english        true for the English page
     * @return them joined for reading, e.g. LUN-PHY-1、出荷停止（§8）; "-" for none
     */
    public String ids(List<String> requirementIds, boolean english) {
        if (requirementIds == null || requirementIds.isEmpty()) {
            return "-";
        }
        return String.join(english ? ", " : "、", requirementIds.stream()
                .map(id -> "SUSPENDED".equals(id) ? Messages.text("finding.suspendedId") : id).toList());
    }

    /**
     * A stored text written in both languages as {@code 日本語 / English} (status-change causes such as
     * {@code 日次再評価 2026-12-03 / daily re-evaluation 2026-12-03}).
     *
     * @param text    the stored text
     * @param english true for the English page
     * @return the part in the page's language; the whole text when it is not written in both
     */
    public String inLanguage(String text, boolean english) {
        if (text == null) {
            return "";
        }
        jp.sitegate.domain.shared.Reason r = jp.sitegate.domain.shared.Reason.split(text);
        return english ? r.en() : r.ja();
    }
}
