package jp.sitegate.domain.model.organisation;

/** Whether an organisation's members may act (issue 10). */
public enum OrganisationStatus {
    /** 有効. */
    ACTIVE,
    /** 無効: its members cannot sign in and its agreements authorise nothing. */
    INACTIVE
}
