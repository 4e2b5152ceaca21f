package org.depeche.store;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The normal form names are compared in across articles: accents and case dropped, apostrophes,
 * hyphens and punctuation turned into spaces, a leading article removed ("la Banque Centrale" → "banque centrale",
 * "Jean-Paul Verdier" → "jean paul verdier").
 */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Articles that may open a name in French and English. */
    private static final Set<String> ARTICLES = Set.of("l", "le", "la", "les", "the");

    private Names() {
    }

    /** The normal form of a name; empty when it holds no letter or digit. */
    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        s = NON_WORD.matcher(s).replaceAll(" ").strip();
        int space = s.indexOf(' ');
        if (space > 0 && ARTICLES.contains(s.substring(0, space))) {
            s = s.substring(space + 1);
        }
        return s;
    }

    /** Number of words of a normalised name. */
    static int words(String normalized) {
        return normalized.isEmpty() ? 0 : normalized.split(" ").length;
    }
}
