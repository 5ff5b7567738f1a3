package jp.sitegate.infrastructure.importing;

/**
 * A problem found in an imported file.
 *
 * @param row      1-based row (line) number, 0 for the file as a whole
 * @param column   column name as in the header, or {@code null}
 * @param reason   reason in Japanese
 * @param reasonEn reason in English
 */
public record RowError(int row, String column, String reason, String reasonEn) {
}
