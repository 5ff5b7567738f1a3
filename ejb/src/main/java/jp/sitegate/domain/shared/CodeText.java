package jp.sitegate.domain.shared;

import java.text.Normalizer;

/**
 * How a typed or uploaded code is read (REQUIREMENTS.md §6, issue 12): NFKC (full-width digits and letters become
 * ASCII), then every space and hyphen-like separator (- ‐ ‑ ‒ – — ― − ー ｰ －, and a byte-order mark) is dropped, so
 * {@code １９１０-１１４４５１} and {@code 1910 114451} read as {@code 1910114451}. The code value objects use it;
 * nothing else needs to.
 */
public final class CodeText {
    private static final String SEPARATORS = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC\uFF0D\uFF70\uFEFF";

    private CodeText() {
    }

    /**
     * @param raw a code as written, or {@code null}
     * @return the code without separators, or {@code null} for {@code null}
     */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && SEPARATORS.indexOf(c) < 0)
                .forEach(b::appendCodePoint);
        return b.toString();
    }
}
