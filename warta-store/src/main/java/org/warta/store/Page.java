package org.warta.store;

import java.util.List;

/**
 * One page of a longer list: {@code page} counts from 1, {@code total} is the length of the whole list.
 */
public record Page<T>(int page, int size, long total, List<T> items) {
    public static final int MAX_SIZE = 1000;

    public Page {
        items = List.copyOf(items);
    }

    /** The row offset of a page, after checking its numbers. */
    public static long offset(int page, int size) {
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more, got " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", got " + size);
        }
        return (long) (page - 1) * size;
    }
}
