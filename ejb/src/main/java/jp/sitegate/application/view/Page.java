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
}
