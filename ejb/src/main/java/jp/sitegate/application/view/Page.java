package jp.sitegate.application.view;

import java.util.List;

/**
 * One page of a list.
 *
 * @param items  the items
 * @param page   page number (0-based)
 * @param size   page size
 * @param total  total items matching
 * @param <T>    item type
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    /**
     * Checks a page request.
     *
     * @param page    0-based page asked for
     * @param size    page size asked for
     * @param maxSize largest page size allowed
     * @throws jp.sitegate.domain.shared.InvalidInputException naming {@code page} or {@code size}
     */
    public static void check(int page, int size, int maxSize) {
        if (page < 0) {
            throw jp.sitegate.domain.shared.InvalidInputException.of("page", "page.page-0");
        }
        if (size < 1 || size > maxSize) {
            throw jp.sitegate.domain.shared.InvalidInputException.of("size", "page.size-1", maxSize);
        }
    }
}
