package org.depeche.lang;

/** A line of a pack file that is neither blank nor a comment, with its number in the file (from 1). */
public record PackLine(int number, String text) {

    /**
     * The line's tab-separated columns, exactly {@code count} of them.
     *
     * @throws PackException naming the pack, the file and the line when the count differs
     */
    public String[] columns(Language pack, String file, int count) {
        String[] cols = text.split("\t");
        if (cols.length != count) {
            throw error(pack, file, "expected " + count + " columns: " + text);
        }
        return cols;
    }

    /** An error about this line of a pack's file ("line 12: unknown kind …"). */
    public PackException error(Language pack, String file, String message) {
        return new PackException(pack, file, "line " + number + ": " + message);
    }
}
