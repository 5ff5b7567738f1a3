package jp.sitegate.domain.shared;

/** Text fitted to a column: recorded texts (causes, errors, subjects) are kept, shortened, rather than refused. */
public final class Text {
    private Text() {
    }

    /**
     * @param text a text (not {@code null})
     * @param max  the column's length in characters
     * @return the text, cut to {@code max} characters when longer
     */
    public static String clip(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
