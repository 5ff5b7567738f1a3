package jp.sitegate.domain.shared;

/** The request conflicts with stored state (idempotency key reused for another request, stale version): HTTP 409. */
public class ConflictException extends DomainException {
    private static final long serialVersionUID = 1L;

    /**
     * @param field    the field in conflict
     * @param reasonJa reason in Japanese
     * @param reasonEn reason in English
     */
    public ConflictException(String field, String reasonJa, String reasonEn) {
        super(field, reasonJa, reasonEn);
    }

    /**
     * @param field  the field, as for the other constructor
     * @param reason the reason in both languages
     */
    public ConflictException(String field, Reason reason) {
        super(field, reason);
    }

    /**
     * @param field the field, as for the other constructors
     * @param key   a key of the messages bundle ({@link Reason#of}; issue 13)
     * @param args  the message's arguments
     * @return the exception with the message in Japanese and English
     */
    public static ConflictException of(String field, String key, Object... args) {
        return new ConflictException(field, Reason.of(key, args));
    }
}
