package jp.sitegate.domain.model.briefing;

/** How a briefing was given (LUN-BRF-2). */
public enum BriefingMode {
    /** The MR visited the facility. */
    IN_PERSON("訪問（対面）", "in person"),
    /** Online meeting; valid only with the facility's visit restriction as reason. */
    ONLINE("オンライン", "online");

    private final String labelJa;
    private final String labelEn;

    BriefingMode(String labelJa, String labelEn) {
        this.labelJa = labelJa;
        this.labelEn = labelEn;
    }

    /** @return the Japanese label (for evidence, issue 12) */
    public String labelJa() {
        return labelJa;
    }

    /** @return the English label */
    public String labelEn() {
        return labelEn;
    }
}
