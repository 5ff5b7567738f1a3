package jp.sitegate.application.view;

/**
 * Outcome of a bureau list import.
 *
 * @param fileName           file name as given
 * @param prefectureCode     prefecture of the list
 * @param listDate           date the list is current to
 * @param rowsRead           data rows read (blank rows excluded)
 * @param rowsSkipped        rows of dental clinics and pharmacies (not sites for these products)
 * @param facilitiesCreated  facilities created
 * @param facilitiesUpdated  facilities whose listing changed
 * @param filingsAdded       ICU filings added (or re-opened)
 * @param filingsEnded       ICU filings ended because they are missing from this newer list
 * @param newestList         false when a newer list of the prefecture was imported before (nothing is ended then)
 * @param rejectedRows       rows rejected (always 0 for an import that happened: any bad row rejects the file)
 * @param statusChanges      facilities whose status changed because of this list (issue 5), one line each
 * @param historyAdded       ICU filings an older list added as history only: already dropped by a newer list of the
 *                           prefecture (issue 12), never in force now
 * @param statusChangesText  the same changes as a page shows them (issue 14), in Japanese: 1912110952
 *                           ルンスミオ点滴静注: 納入可 → 要確認（LUN-FAC-3）
 * @param statusChangesTextEn the same in English
 */
public record ImportSummary(String fileName, String prefectureCode, String listDate, int rowsRead, int rowsSkipped,
        int facilitiesCreated, int facilitiesUpdated, int filingsAdded, int filingsEnded, boolean newestList,
        int rejectedRows, java.util.List<String> statusChanges, int historyAdded,
        java.util.List<String> statusChangesText, java.util.List<String> statusChangesTextEn) {
}
