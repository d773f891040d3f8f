package org.warta.extract.read;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** An iterator over items read one ahead: a reader only says what its next item is, or null at the end. */
abstract class LookAheadItems implements Iterator<Item> {
    private Item next;

    /** The next item, or null when there is none left. */
    protected abstract Item advance();

    @Override
    public final boolean hasNext() {
        if (next == null) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public final Item next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Item item = next;
        next = null;
        return item;
    }
}
