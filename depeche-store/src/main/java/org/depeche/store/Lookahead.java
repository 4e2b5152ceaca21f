package org.depeche.store;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.depeche.io.InputRecord;

/** An iterator that reads one record ahead: {@link #read} gives the next record, or null at the end. */
abstract class Lookahead implements Iterator<InputRecord> {
    private InputRecord next;
    private boolean ended;

    abstract InputRecord read();

    @Override
    public final boolean hasNext() {
        if (next == null && !ended) {
            next = read();
            ended = next == null;
        }
        return next != null;
    }

    @Override
    public final InputRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        InputRecord r = next;
        next = null;
        return r;
    }
}
