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
}
