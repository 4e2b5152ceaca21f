package org.depeche.model;

/**
 * A half-open character range {@code [start, end)} over a document's text.
 *
 * <p>Offsets are Java {@code String} indices (UTF-16 code units) into {@link Document#text()},
 * the text exactly as decoded from the input (a byte-order mark is not part of it).
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** The text this span covers. */
    public String slice(String text) {
        return text.substring(start, end);
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
    }
}
