package jp.sitegate.application.view;

/** What the import page and {@code /api/v1/imports/…} show of the regional health bureau lists (issue 12). */
public final class ImportViews {
    private ImportViews() {
    }

    /**
     * One prefecture's coverage: its newest list, or none.
     *
     * @param prefectureCode 2-digit JIS code (01–47)
     * @param prefecture     name (Japanese)
     * @param prefectureEn   name (English)
     * @param listDate       the newest list's date (ISO), or {@code null} when no list was imported
     * @param fileName       its file
     * @param rows           rows read from it
     * @param facilities     医科 facilities it lists ({@code null} for imports before issue 12)
     * @param icuFacilities  facilities with an A301 filing it lists ({@code null} before issue 12)
     * @param ageDays        days from the list's date to today, or {@code null}
     * @param stale          true when older than the default limit (120 days): ICU findings resting on it are
     *                       UNKNOWN unless a profile version allows more
     * @param lists          how many lists of the prefecture were imported
     */
    public record Coverage(String prefectureCode, String prefecture, String prefectureEn, String listDate,
            String fileName, Integer rows, Integer facilities, Integer icuFacilities, Long ageDays, boolean stale,
            int lists) {
    }

    /**
     * One import, as recorded.
     *
     * @param prefectureCode prefecture
     * @param listDate       the date the list is current to (ISO)
     * @param fileName       file name as uploaded
     * @param sha256         hex SHA-256 of the file
     * @param rows           rows read
     * @param facilities     医科 facilities listed, or {@code null} before issue 12
     * @param icuFacilities  A301 facilities listed, or {@code null} before issue 12
     * @param filingsAdded   filings added to the current state
     * @param filingsEnded   filings ended
     * @param importedBy     who imported it (user name), or {@code null}
     * @param importedAt     when (ISO-8601)
     */
    public record ImportRecord(String prefectureCode, String listDate, String fileName, String sha256, int rows,
            Integer facilities, Integer icuFacilities, int filingsAdded, int filingsEnded, String importedBy,
            String importedAt) {
    }
}
