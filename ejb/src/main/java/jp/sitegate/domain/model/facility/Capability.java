package jp.sitegate.domain.model.facility;

/**
 * Facility capabilities named by REQUIREMENTS.md. Each is declared by the facility as available, not available,
 * or not yet declared (unknown).
 */
public enum Capability implements jp.sitegate.domain.shared.Labelled {
    /** 24時間体制で患者からの連絡を受ける (LUN-FAC-2). */
    CONTACT_24H,
    /** 24時間診療体制 (ABE-ADV-1). */
    CARE_24H,
    /** 必要な検査結果が当日中／直ちに得られる (LUN-FAC-3, ABE-ADV-1, IMD-FAC-1). */
    SAME_DAY_LAB_RESULTS,
    /** アフェレーシスに精通したスタッフ (ABE-FAC-3). */
    APHERESIS_TEAM,
    /** アフェレーシス中の常時モニタリングと医師への連絡体制 (ABE-FAC-3). */
    APHERESIS_MONITORING,
    /** 患者登録・製造販売後調査への参加 (ABE-FAC-4). */
    REGISTRY_PMS,
    /** 情報管理の責任者 (ABE-INF-1). */
    INFORMATION_MANAGER,
    /** チーム医療による情報共有 (ABE-ADV-3). */
    TEAM_CARE,
    /** 副作用の診断・治療を支援する専門医 (ABE-ADV-4). */
    SPECIALIST_SUPPORT;
}
