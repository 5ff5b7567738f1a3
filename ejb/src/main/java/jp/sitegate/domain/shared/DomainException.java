package jp.sitegate.domain.shared;

import jakarta.ejb.ApplicationException;

/**
 * Base of every error SiteGate reports to a caller: carries the field (or row/column) it concerns and the
 * reason in Japanese and English. Interfaces translate each subclass to an HTTP status and an RFC 9457 problem.
 */
public abstract class DomainException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final String reasonJa;

    /**
     * @param field    name of the offending input field (JSON property, query parameter, CSV column), or {@code null}
     * @param reasonJa reason in Japanese
     * @param reasonEn reason in English (also the exception message)
     */
    protected DomainException(String field, String reasonJa, String reasonEn) {
        super(reasonEn);
        this.field = field;
        this.reasonJa = reasonJa;
    }

    /**
     * @param field  name of the offending input field, or {@code null}
     * @param reason the reason in both languages (issue 13: usually {@link Reason#of} a bundle key)
     */
    protected DomainException(String field, Reason reason) {
        this(field, reason.ja(), reason.en());
    }

    /** @return the input field the error concerns, or {@code null} when it concerns the request as a whole */
    public String field() {
        return field;
    }

    /** @return the reason in Japanese */
    public String reasonJa() {
        return reasonJa;
    }

    /** @return the reason in English */
    public String reasonEn() {
        return getMessage();
    }
}
