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

    /**
     * @param field  the field, as for the other constructor
     * @param reason the reason in both languages
     */
    public InvalidInputException(String field, Reason reason) {
        super(field, reason);
    }

    /**
     * @param field the field, as for the other constructors
     * @param key   a key of the messages bundle ({@link Reason#of}; issue 13)
     * @param args  the message's arguments
     * @return the exception with the message in Japanese and English
     */
    public static InvalidInputException of(String field, String key, Object... args) {
        return new InvalidInputException(field, Reason.of(key, args));
    }
}
