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
}
