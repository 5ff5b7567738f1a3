package jp.sitegate.domain.model.facility;

/**
 * The regional health bureaus' ICU filing lists as imported (届出受理医療機関名簿, REQUIREMENTS.md §3) and the filings they show (issue 13: the JPA adapter is
 * {@code infrastructure.persistence.JpaBureauListRepository}).
 */
public interface BureauListRepository {

    /**
     * @param max at most this many
     * @return the imports, newest first
     */
    java.util.List<FilingImport> history(int max);

    /**
     * @param prefectureCode a prefecture (two digits)
     * @return the date of the newest list imported for it, or {@code null}
     */
    java.time.LocalDate newestListDate(String prefectureCode);

    /**
     * @param prefectureCode a prefecture (two digits)
     * @param listDate       a list's date
     * @return the date of the next newer list imported for it, or {@code null}
     */
    java.time.LocalDate nextListDateAfter(String prefectureCode, java.time.LocalDate listDate);

    /**
     * @param prefectureCode a prefecture (two digits)
     * @return the ICU filings of its facilities
     */
    java.util.List<IcuFiling> filingsOf(String prefectureCode);

    /** @param record the record of an import, stored and flushed */
    void add(FilingImport record);
}
