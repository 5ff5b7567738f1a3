package jp.sitegate.interfaces.web;

import java.util.Map;
import jp.sitegate.domain.shared.Sorting;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * What a lazy table's user sorted, for the list's query (issue 14: lazy tables sort from the database). Each sortable
 * column names its column with {@code field} (e.g. {@code <p:column sortBy="#{s.quantity()}" field="quantity">});
 * the repository maps that name to what it sorts by and refuses any other.
 */
public final class LazySorting {
    private LazySorting() {
    }

    /**
     * @param sortBy PrimeFaces' sort state of the table (may be {@code null} or empty)
     * @return the first active column's sorting, or {@link Sorting#NONE} for the list's own order
     */
    public static Sorting of(Map<String, SortMeta> sortBy) {
        if (sortBy == null) {
            return Sorting.NONE;
        }
        return sortBy.values().stream().filter(s -> s.isActive() && s.getField() != null).sorted().findFirst()
                .map(s -> Sorting.of(s.getField(), s.getOrder() != SortOrder.DESCENDING)).orElse(Sorting.NONE);
    }
}
