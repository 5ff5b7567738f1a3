package jp.sitegate.infrastructure.importing;

import jp.sitegate.domain.shared.Reason;

/**
 * A problem found in an imported file.
 *
 * @param row      1-based row (line) number, 0 for the file as a whole
 * @param column   column name as in the header, or {@code null}
 * @param reason   reason in Japanese
 * @param reasonEn reason in English
 */
public record RowError(int row, String column, String reason, String reasonEn) {
    /**
     * @param row    1-based row (line) number, 0 for the file as a whole
     * @param column column name as in the header, or {@code null}
     * @param key    a key of the messages bundle ({@link Reason#of}; issue 13)
     * @param args   the message's arguments
     * @return the problem with its reason in Japanese and English
     */
    public static RowError of(int row, String column, String key, Object... args) {
        Reason r = Reason.of(key, args);
        return new RowError(row, column, r.ja(), r.en());
    }
}
