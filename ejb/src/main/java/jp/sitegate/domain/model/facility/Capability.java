package jp.sitegate.domain.model.facility;

/**
 * Facility capabilities named by REQUIREMENTS.md. Each is declared by the facility as available, not available,
 * or not yet declared (unknown).
 */
public enum Capability {
    /** 24時間体制で患者からの連絡を受ける (LUN-FAC-2). */
    CONTACT_24H("24時間の患者連絡体制", "24-hour patient contact"),
    /** 24時間診療体制 (ABE-ADV-1). */
    CARE_24H("24時間診療体制", "24-hour care"),
    /** 必要な検査結果が当日中／直ちに得られる (LUN-FAC-3, ABE-ADV-1, IMD-FAC-1). */
    SAME_DAY_LAB_RESULTS("当日中の検査結果", "same-day test results"),
    /** アフェレーシスに精通したスタッフ (ABE-FAC-3). */
    APHERESIS_TEAM("アフェレーシス担当スタッフ", "apheresis team"),
    /** アフェレーシス中の常時モニタリングと医師への連絡体制 (ABE-FAC-3). */
    APHERESIS_MONITORING("アフェレーシス中の常時モニタリング", "continuous monitoring during apheresis"),
    /** 患者登録・製造販売後調査への参加 (ABE-FAC-4). */
    REGISTRY_PMS("患者登録・製造販売後調査", "patient registry and post-marketing surveillance"),
    /** 情報管理の責任者 (ABE-INF-1). */
    INFORMATION_MANAGER("情報管理責任者", "information-management officer"),
    /** チーム医療による情報共有 (ABE-ADV-3). */
    TEAM_CARE("チーム医療体制", "team care"),
    /** 副作用の診断・治療を支援する専門医 (ABE-ADV-4). */
    SPECIALIST_SUPPORT("副作用対応の専門医支援", "specialist support for adverse reactions");

    private final String labelJa;
    private final String labelEn;

    Capability(String labelJa, String labelEn) {
        this.labelJa = labelJa;
        this.labelEn = labelEn;
    }

    /** @return the Japanese label */
    public String labelJa() {
        return labelJa;
    }

    /** @return the English label */
    public String labelEn() {
        return labelEn;
    }
}
