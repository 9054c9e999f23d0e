package org.switchboard.server.admin;

import java.util.List;

/**
 * One page of a list, newest first.
 *
 * @param page  the page number, from 0
 * @param size  the page size asked for
 * @param total how many items there are in all
 * @param items this page's items
 * @param <T>   the item type
 */
public record Page<T>(int page, int size, long total, List<T> items) {

    /** Largest page size. */
    public static final int MAX_SIZE = 200;

    /** Copies the list. */
    public Page {
        items = List.copyOf(items);
    }
}
