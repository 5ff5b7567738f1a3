package jp.sitegate.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/** The 47 prefectures with their JIS codes (01–47), for filters and labels. */
@Named
@ApplicationScoped
public class Prefectures {
    /**
     * A prefecture.
     *
     * @param code   2-digit JIS code
     * @param nameJa Japanese name
     * @param nameEn English name
     */
    public record Prefecture(String code, String nameJa, String nameEn) {
    }

    /** @return the 47 prefectures in code order */
    public List<Prefecture> getAll() {
        List<Prefecture> out = new ArrayList<>();
        for (String c : jp.sitegate.domain.model.facility.Prefectures.codes()) {
            out.add(new Prefecture(c, name(c, false), name(c, true)));
        }
        return out;
    }

    /**
     * @param code    2-digit code
     * @param english true for the English name
     * @return the name, or the code when unknown
     */
    public String name(String code, boolean english) {
        return jp.sitegate.domain.model.facility.Prefectures.name(code, english);
    }
}
