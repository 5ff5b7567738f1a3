package jp.sitegate.domain.shared;

import java.util.List;

/**
 * One page of a longer list as a repository reads it (issue 13): the rows of the page and how many rows the whole
 * list has.
 *
 * @param items the rows of the page, in the list's order
 * @param total the number of rows in the whole list
 * @param <T>   row type
 */
public record Slice<T>(List<T> items, long total) {
    /** Copies the rows. */
    public Slice {
        items = List.copyOf(items);
    }
}
