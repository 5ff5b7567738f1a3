package jp.sitegate.domain.model.facility;

/** JSTCT transplant-facility category or clinical-trial site (ABE-FAC-1). */
public enum TransplantCategory {
    /** All items of the JSTCT accreditation criteria. */
    CATEGORY_1("認定カテゴリー1", "category 1"),
    /** All items except nurses (3.3.1, 3.3.2), accredited physician (3.2.1) and coordinator (3.4.3). */
    CATEGORY_2("認定カテゴリー2", "category 2"),
    /** As category 2, also without the transplant record (4.1, 4.2). */
    CATEGORY_3("認定カテゴリー3", "category 3"),
    /** A site of the product's clinical trials. */
    TRIAL_SITE("本品に係る治験の実施施設", "clinical-trial site of the product"),
    /** Declared as none of the above. */
    NONE("該当なし", "none");

    private final String labelJa;
    private final String labelEn;

    TransplantCategory(String labelJa, String labelEn) {
        this.labelJa = labelJa;
        this.labelEn = labelEn;
    }

    /** @return the Japanese label (ABE-FAC-1's words) */
    public String labelJa() {
        return labelJa;
    }

    /** @return the English label */
    public String labelEn() {
        return labelEn;
    }
}
