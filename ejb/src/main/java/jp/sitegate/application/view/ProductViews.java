package jp.sitegate.application.view;

import java.util.List;

/** Read models of products and their requirement profiles, for the safety manager. */
public final class ProductViews {
    private ProductViews() {
    }

    /**
     * @param key                product key
     * @param nameJa             name (Japanese)
     * @param nameEn             name (English)
     * @param genericNameJa      generic name (Japanese)
     * @param distributionPolicy FIRST_DELIVERY_ONLY, EVERY_DELIVERY or PER_PATIENT
     * @param yjCodes            strengths as "YJ code strength"
     * @param profiles           profile versions, newest first
     */
    public record Product(String key, String nameJa, String nameEn, String genericNameJa, String distributionPolicy,
            List<String> yjCodes, List<Profile> profiles) {
        /**
         * @return the YJ code of its first strength (a product is named by any of its strengths), or its key when
         *         it has none
         */
        public String anyYjCode() {
            return yjCodes.isEmpty() ? key : yjCodes.get(0).split(" ", 2)[0];
        }
    }

    /**
     * @param versionNo     version
     * @param effectiveFrom first day (ISO)
     * @param provisional   provisional flag
     * @param source        source documents
     * @param requirements  requirements in order
     * @param status        DRAFT (not in force until approved) or APPROVED (issue 11)
     * @param draftedBy     who saved it, or {@code null}
     * @param approvedBy    who approved it, or {@code null}
     * @param distributionPolicy EVERY_DELIVERY or FIRST_DELIVERY_ONLY (the version's, issue 12)
     * @param releaseClause      the product's own clause releasing the first-delivery restriction, or {@code null}
     * @param maxListAgeDays     days a bureau list may be old before ICU findings are UNKNOWN
     */
    public record Profile(int versionNo, String effectiveFrom, boolean provisional, String source,
            List<Requirement> requirements, String status, String draftedBy, String approvedBy,
            String distributionPolicy, String releaseClause, int maxListAgeDays) {
    }

    /**
     * @param requirementId id
     * @param clause        clause
     * @param titleJa       title (Japanese)
     * @param titleEn       title (English)
     * @param criteria      criteria JSON
     */
    public record Requirement(String requirementId, String clause, String titleJa, String titleEn, String criteria) {
    }

    /**
     * A product strength as pages and the API show it (issue 13: no entity reaches the interfaces layer).
     *
     * @param yjCode             YJ code
     * @param productKey         product key, e.g. LUNSUMIO
     * @param nameJa             product name in Japanese
     * @param nameEn             product name in English
     * @param strengthJa         strength label
     * @param distributionPolicy the product's policy (EVERY_DELIVERY, FIRST_DELIVERY_ONLY or PER_PATIENT)
     * @param manufacturerId     the manufacturer's organisation, or {@code null}
     */
    public record Strength(String yjCode, String productKey, String nameJa, String nameEn, String strengthJa,
            String distributionPolicy, Long manufacturerId) {
        /**
         * @param c a product strength
         * @return its view
         */
        public static Strength of(jp.sitegate.domain.model.product.ProductCode c) {
            return new Strength(c.getYjCode(), c.getProduct().getKey(), c.getProduct().getNameJa(),
                    c.getProduct().getNameEn(), c.getStrengthJa(), c.getProduct().getDistributionPolicy().name(),
                    c.getProduct().getManufacturerId());
        }
    }
}
