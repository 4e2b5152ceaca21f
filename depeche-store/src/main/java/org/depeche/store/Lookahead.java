package org.depeche.store;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator that reads one element ahead: {@link #read} gives the next element, or null at the
 * end (after which it is not called again). The store's inputs and the Spark job's partitions use it.
 */
public abstract class Lookahead<T> implements Iterator<T> {
    private T next;
    private boolean ended;

    /** The next element, or null when there is none. */
    protected abstract T read();

    @Override
    public final boolean hasNext() {
        if (next == null && !ended) {
            next = read();
            ended = next == null;
        }
        return next != null;
    }

    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T r = next;
        next = null;
        return r;
    }
}
