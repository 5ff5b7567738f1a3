package jp.sitegate.domain.shared;

/** Input that does not have the required form (bad code, bad date, missing field): HTTP 400. */
public class InvalidInputException extends DomainException {
    private static final long serialVersionUID = 1L;

    /**
     * @param field    the offending field
     * @param reasonJa reason in Japanese
     * @param reasonEn reason in English
     */
    public InvalidInputException(String field, String reasonJa, String reasonEn) {
        super(field, reasonJa, reasonEn);
    }
}
