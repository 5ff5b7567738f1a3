package jp.sitegate.interfaces.web;

import java.io.Serializable;
import java.util.List;
import jp.sitegate.application.view.ProductViews;

/**
 * A product strength as the pages show it (no entity reaches a page).
 *
 * @param yjCode   YJ code
 * @param key      product key, e.g. LUNSUMIO
 * @param nameJa   product name in Japanese
 * @param nameEn   product name in English
 * @param strength strength label
 */
public record ProductOption(String yjCode, String key, String nameJa, String nameEn, String strength)
        implements Serializable {

    /**
     * @param codes product strengths
     * @return their page form
     */
    static List<ProductOption> of(List<ProductViews.Strength> codes) {
        return codes.stream().map(c -> new ProductOption(c.yjCode(), c.productKey(), c.nameJa(), c.nameEn(),
                c.strengthJa())).toList();
    }

    /**
     * @param english true for English
     * @return the product name in that language
     */
    public String name(boolean english) {
        return english ? nameEn : nameJa;
    }
}
