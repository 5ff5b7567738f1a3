package jp.sitegate.domain.shared;

/** A well-formed identifier that names nothing stored (unknown facility, product, decision): HTTP 404. */
public class NotFoundException extends DomainException {
    private static final long serialVersionUID = 1L;

    /**
     * @param field    the field carrying the identifier
     * @param reasonJa reason in Japanese
     * @param reasonEn reason in English
     */
    public NotFoundException(String field, String reasonJa, String reasonEn) {
        super(field, reasonJa, reasonEn);
    }

    /**
     * @param field  the field, as for the other constructor
     * @param reason the reason in both languages
     */
    public NotFoundException(String field, Reason reason) {
        super(field, reason);
    }

    /**
     * @param field the field, as for the other constructors
     * @param key   a key of the messages bundle ({@link Reason#of}; issue 13)
     * @param args  the message's arguments
     * @return the exception with the message in Japanese and English
     */
    public static NotFoundException of(String field, String key, Object... args) {
        return new NotFoundException(field, Reason.of(key, args));
    }
}
