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
}
