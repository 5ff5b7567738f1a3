package jp.sitegate.domain.model.user;

/** The roles of SiteGate's users (issue 4). Each user works only within their role and organisation. */
public enum Role {
    /** 医薬情報担当者: records briefings for the facilities assigned to them. */
    MR,
    /** 卸: checks facilities and records shipments; never sees physicians' personal data. */
    DISTRIBUTOR,
    /** 医療機関の管理者: reads and changes only their own facility. */
    FACILITY_ADMIN,
    /** 製造販売業者 安全管理: the only role that changes requirement profiles; reads the audit trail. */
    SAFETY_MANAGER,
    /** システム管理者: the only role that manages users. */
    SYSTEM_ADMIN
}
