package jp.sitegate.infrastructure.importing;

/**
 * One row of a bureau list (届出受理医療機関名簿), as text, with its 1-based row number in the file.
 *
 * @param rowNumber      row number in the file (1-based, as a spreadsheet shows it)
 * @param prefectureCode 都道府県コード
 * @param kind           区分 (医科, 歯科, 薬局)
 * @param number         医療機関番号 (7 digits)
 * @param name           医療機関名称
 * @param postalCode     医療機関所在地（郵便番号）
 * @param address        医療機関所在地（住所）
 * @param beds           病床数
 * @param filingName     受理届出名称
 * @param symbol         受理記号
 * @param acceptanceNo   受理番号
 * @param startDate      算定開始年月日
 */
public record BureauRow(int rowNumber, String prefectureCode, String kind, String number, String name,
        String postalCode, String address, String beds, String filingName, String symbol, String acceptanceNo,
        String startDate) {

    /** @return true when every field is blank (real workbooks contain blank rows) */
    public boolean isBlank() {
        return blank(prefectureCode) && blank(kind) && blank(number) && blank(name) && blank(symbol);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
