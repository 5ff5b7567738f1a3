package jp.sitegate.domain.model.patient;

/**
 * The yes/no items of the Abecma optimal-use guideline's section 5 (投与対象となる患者): the efficacy criteria ① the
 * patient must meet and the exclusions ② that rule the patient out. ECOG performance status (安全性に関する事項 ②) is
 * a score, kept apart on {@link PatientChecklist}. Field names are the API's; the items' wording (the guideline's,
 * shortened) is in the {@code Labels} bundle.
 */
public enum PatientCriterion implements jp.sitegate.domain.shared.Labelled {
    /** ① 再発又は難治性の多発性骨髄腫. */
    RELAPSED_OR_REFRACTORY_MM("relapsedOrRefractoryMm", true),
    /** ① BCMA 抗原を標的とした CAR-T 輸注療法の治療歴がない. */
    NO_PRIOR_BCMA_CAR_T("noPriorBcmaCarT", true),
    /** ① 免疫調節薬、プロテアソーム阻害剤及び抗 CD38 抗体を含む 2 つ以上の前治療歴、直近の前治療で病勢進行又は再発. */
    PRIOR_THERAPIES("priorTherapies", true),
    /** ② 中枢神経系に骨髄腫病変を有する. */
    CNS_MYELOMA("cnsMyeloma", false),
    /** ② 形質細胞白血病、ワルデンストレーム・マクログロブリン血症、POEMS 症候群又はアミロイドーシスに伴う重大な臓器障害. */
    PLASMA_CELL_DISORDER("plasmaCellDisorder", false),
    /** ② 同種造血幹細胞移植の治療歴. */
    PRIOR_ALLOGENEIC_HSCT("priorAllogeneicHsct", false),
    /** ② 他の悪性腫瘍が過去 3 年間に治療を要したか完全に寛解していない（ガイドラインの例外を除く）. */
    OTHER_MALIGNANCY("otherMalignancy", false);

    private final String field;
    private final boolean required;

    PatientCriterion(String field, boolean required) {
        this.field = field;
        this.required = required;
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
}
