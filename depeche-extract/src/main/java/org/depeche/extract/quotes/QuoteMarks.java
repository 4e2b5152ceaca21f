package org.depeche.extract.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the spans between quote marks in raw text, coping with what wire copy carries: a closing
 * mark used to open ("TASS.»Le dirigeant"), a closing mark whose opening one is missing, nested
 * quotes of the same or another kind, and quotes running over several paragraphs, each of which
 * reopens with the opening mark (the French convention).
 *
 * <p>Package-private algorithm; the mark pairs come from the language's {@code marks.tsv}.
 */
final class QuoteMarks {

    /**
     * Words between marks, spaces trimmed. {@code start} is -1 when the opening mark is missing:
     * then only the end (the closing mark) is known and the caller recovers the start.
     */
    record Marked(int start, int end, char open) {
    }

    private QuoteMarks() {
    }

    static List<Marked> find(String text, List<QuoteLexicon.MarkPair> pairs) {
        List<Marked> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        int openAt = -1;
        char open = 0;
        char close = 0;
        int depth = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (openAt >= 0) {
                if (c == close && !isApostrophe(text, i) && (depth == 0 || open == close)) {
                    add(out, text, openAt + 1, i, open);
                    openAt = -1;
                } else if (c == close && depth > 0) {
                    depth--;
                } else if (c == open && open != close) {
                    depth++;
                } else if (c == '\n' && paragraphBreak(text, i)) {
                    int next = skipSpace(text, i);
                    if (next < n && text.charAt(next) == open) {
                        // a quote over several paragraphs: each paragraph reopens the quote
                        add(out, text, openAt + 1, i, open);
                        openAt = next;
                        i = next + 1;
                        continue;
                    }
                    openAt = -1; // an unclosed quote: forget it
                }
                i++;
                continue;
            }
            QuoteLexicon.MarkPair opener = pairOpenedBy(pairs, c);
            QuoteLexicon.MarkPair closer = pairClosedBy(pairs, c);
            if (opener != null && !(opener.open() == opener.close() && !opensHere(text, i))) {
                openAt = i;
                open = c;
                close = opener.close();
                depth = 0;
            } else if (closer != null && !isApostrophe(text, i)) {
                if (i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    // a closing mark glued to the next word opens a quote ("TASS.»Le dirigeant")
                    openAt = i;
                    open = c;
                    close = c;
                    depth = 0;
                } else {
                    add(out, text, -1, i, closer.open());
                }
            }
            i++;
        }
        return out;
    }

    /** A straight quote opens when not followed by a space (and the pairing then alternates). */
    private static boolean opensHere(String text, int i) {
        return i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
    }

    /** ’ and ‘ double as apostrophes: one between letters ("aujourd’hui", "don’t") is not a mark. */
    private static boolean isApostrophe(String text, int i) {
        char c = text.charAt(i);
        if (c != '’' && c != '\'' && c != '‘') {
            return false;
        }
        return i > 0 && Character.isLetter(text.charAt(i - 1)) && i + 1 < text.length()
                && Character.isLetter(text.charAt(i + 1));
    }

    private static boolean paragraphBreak(String text, int i) {
        int j = i + 1;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
            j++;
        }
        return j < text.length() && text.charAt(j) == '\n';
    }

    private static int skipSpace(String text, int i) {
        int j = i;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static QuoteLexicon.MarkPair pairOpenedBy(List<QuoteLexicon.MarkPair> pairs, char c) {
        for (QuoteLexicon.MarkPair p : pairs) {
            if (p.open() == c) {
                return p;
            }
        }
        return null;
    }

    private static QuoteLexicon.MarkPair pairClosedBy(List<QuoteLexicon.MarkPair> pairs, char c) {
        for (QuoteLexicon.MarkPair p : pairs) {
            if (p.close() == c && p.open() != c) {
                return p;
            }
        }
        return null;
    }

    private static void add(List<Marked> out, String text, int start, int end, char open) {
        if (start < 0) {
            out.add(new Marked(-1, trimEnd(text, 0, end), open));
            return;
        }
        int s = start;
        int e = end;
        while (s < e && isSpace(text.charAt(s))) {
            s++;
        }
        e = trimEnd(text, s, e);
        if (e > s) {
            out.add(new Marked(s, e, open));
        }
    }

    private static int trimEnd(String text, int s, int e) {
        while (e > s && isSpace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007';
    }
}
