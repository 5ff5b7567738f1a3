package jp.sitegate.domain.shared;

/** The caller is authenticated but may not do this (wrong role, or another organisation's data): HTTP 403. */
public class ForbiddenException extends DomainException {
    private static final long serialVersionUID = 1L;

    /**
     * @param field    the field naming what is out of reach (e.g. {@code code}), or {@code null}
     * @param reasonJa reason in Japanese
     * @param reasonEn reason in English
     */
    public ForbiddenException(String field, String reasonJa, String reasonEn) {
        super(field, reasonJa, reasonEn);
    }

    /**
     * @param field  the field, as for the other constructor
     * @param reason the reason in both languages
     */
    public ForbiddenException(String field, Reason reason) {
        super(field, reason);
    }

    /**
     * @param field the field, as for the other constructors
     * @param key   a key of the messages bundle ({@link Reason#of}; issue 13)
     * @param args  the message's arguments
     * @return the exception with the message in Japanese and English
     */
    public static ForbiddenException of(String field, String key, Object... args) {
        return new ForbiddenException(field, Reason.of(key, args));
    }
}
