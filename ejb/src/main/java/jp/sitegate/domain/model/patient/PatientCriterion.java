package jp.sitegate.domain.model.patient;

/**
 * The yes/no items of the Abecma optimal-use guideline's section 5 (投与対象となる患者): the efficacy criteria ① the
 * patient must meet and the exclusions ② that rule the patient out. ECOG performance status (安全性に関する事項 ②) is
 * a score, kept apart on {@link PatientChecklist}. Field names are the API's.
 */
public enum PatientCriterion {
    /** ① 再発又は難治性の多発性骨髄腫. */
    RELAPSED_OR_REFRACTORY_MM("relapsedOrRefractoryMm", true, "再発又は難治性の多発性骨髄腫",
            "relapsed or refractory multiple myeloma"),
    /** ① BCMA 抗原を標的とした CAR-T 輸注療法の治療歴がない. */
    NO_PRIOR_BCMA_CAR_T("noPriorBcmaCarT", true, "BCMA を標的とした CAR-T 細胞療法の治療歴がない",
            "no prior BCMA-directed CAR-T therapy"),
    /** ① 免疫調節薬、プロテアソーム阻害剤及び抗 CD38 抗体を含む 2 つ以上の前治療歴、直近の前治療で病勢進行又は再発. */
    PRIOR_THERAPIES("priorTherapies", true,
            "免疫調節薬、プロテアソーム阻害剤及び抗CD38モノクローナル抗体製剤を含む2つ以上の前治療歴があり、直近の前治療に対して病勢進行又は治療後に再発",
            "≥ 2 prior therapies including an immunomodulatory drug, a proteasome inhibitor and an anti-CD38 antibody, "
                    + "with progression on or relapse after the last"),
    /** ② 中枢神経系に骨髄腫病変を有する. */
    CNS_MYELOMA("cnsMyeloma", false, "中枢神経系（CNS）に骨髄腫病変を有する", "myeloma involving the central nervous system"),
    /** ② 形質細胞白血病、ワルデンストレーム・マクログロブリン血症、POEMS 症候群又はアミロイドーシスに伴う重大な臓器障害. */
    PLASMA_CELL_DISORDER("plasmaCellDisorder", false,
            "形質細胞白血病、ワルデンストレーム・マクログロブリン血症、POEMS症候群又はアミロイドーシスに伴う重大な臓器障害（現在又は既往）",
            "plasma-cell leukaemia, Waldenström macroglobulinaemia, POEMS syndrome or amyloidosis with major organ "
                    + "damage (current or past)"),
    /** ② 同種造血幹細胞移植の治療歴. */
    PRIOR_ALLOGENEIC_HSCT("priorAllogeneicHsct", false, "同種造血幹細胞移植の治療歴がある",
            "prior allogeneic haematopoietic stem-cell transplant"),
    /** ② 他の悪性腫瘍が過去 3 年間に治療を要したか完全に寛解していない（ガイドラインの例外を除く）. */
    OTHER_MALIGNANCY("otherMalignancy", false,
            "他の悪性腫瘍が過去3年間に治療を要したか、完全に寛解していない（ガイドラインに挙げられた例外を除く）",
            "another malignancy that needed treatment in the past 3 years or is not in complete remission (the "
                    + "guideline's exceptions aside)");

    private final String field;
    private final boolean required;
    private final String labelJa;
    private final String labelEn;

    PatientCriterion(String field, boolean required, String labelJa, String labelEn) {
        this.field = field;
        this.required = required;
        this.labelJa = labelJa;
        this.labelEn = labelEn;
    }

    /** @return the request field carrying the answer */
    public String field() {
        return field;
    }

    /** @return true for a criterion the patient must meet (answer yes), false for an exclusion (answer no) */
    public boolean required() {
        return required;
    }

    /**
     * @param answer the physician's answer
     * @return true when the answer keeps the patient a candidate
     */
    public boolean passes(boolean answer) {
        return answer == required;
    }

    /** @return the item in Japanese (the guideline's wording, shortened) */
    public String labelJa() {
        return labelJa;
    }

    /** @return the item in English */
    public String labelEn() {
        return labelEn;
    }
}
