package jp.sitegate.domain.shared;

import java.util.Map;

/**
 * The order a paged list is read in when its user sorts one of its columns (issue 14: "every table: sortable
 * columns … paging from the database"). A list names the columns it can sort by; the database sorts, so every page
 * is a page of the sorted whole.
 *
 * @param column    the column's name as the list names it (e.g. {@code shippedAt}), or {@code null} for the list's
 *                  own order
 * @param ascending true for ascending, false for descending
 */
public record Sorting(String column, boolean ascending) implements java.io.Serializable {
    /** The list's own order (newest first, by code, …). */
    public static final Sorting NONE = new Sorting(null, true);

    /**
     * @param column    a column's name, or {@code null}/blank for the list's own order
     * @param ascending true for ascending
     * @return the sorting
     */
    public static Sorting of(String column, boolean ascending) {
        return column == null || column.isBlank() ? NONE : new Sorting(column.strip(), ascending);
    }

    /**
     * The ORDER BY clause for this sorting.
     *
     * @param columns   column name → the expression it sorts by (JPQL or SQL, written by the repository; never the
     *                  caller's text)
     * @param ownOrder  the list's own order without "ORDER BY" (e.g. {@code s.shippedAt DESC, s.id DESC}); also the
     *                  tie-break after a sorted column, so that paging is stable
     * @return " ORDER BY …"
     * @throws InvalidInputException naming {@code sort} for a column the list does not sort by
     */
    public String orderBy(Map<String, String> columns, String ownOrder) {
        if (column == null) {
            return " ORDER BY " + ownOrder;
        }
        String expression = columns.get(column);
        if (expression == null) {
            throw InvalidInputException.of("sort", "list.unknown-sort", column, String.join(", ",
                    new java.util.TreeSet<>(columns.keySet())));
        }
        return " ORDER BY " + expression + (ascending ? " ASC, " : " DESC, ") + ownOrder;
    }
}
