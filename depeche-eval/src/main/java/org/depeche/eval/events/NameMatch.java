package org.depeche.eval.events;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * When a predicted filler or source names the same thing as a gold name.
 *
 * <p>Both sides are normalised: Unicode NFD with combining marks removed (accents), lowercased,
 * split into words on anything that is not a letter or digit (so apostrophes, hyphens, quote
 * marks and spaces are word breaks), and leading determiners dropped ("le", "l'", "un", "des",
 * "son"…, French and English). They match when the word sequences are equal, or when one is a
 * contiguous run of words inside the other and that run holds at least one word that is not a
 * determiner or preposition — the name-level analogue of span overlap ("la foule" matches "la
 * foule rassemblée le long de la promenade", "Kim" matches "Kim Jong Un", "de" matches
 * nothing). Times are ISO values and match when equal (a predicted date-time matches a gold
 * date on its date part).
 */
public final class NameMatch {

    private static final Set<String> DETERMINERS = Set.of("le", "la", "les", "l", "un", "une", "des", "du", "de",
            "d", "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette", "ces", "the", "a", "an", "his", "her",
            "their", "its");
    private static final Set<String> FUNCTION_WORDS = Set.of("le", "la", "les", "l", "un", "une", "des", "du", "de",
            "d", "a", "au", "aux", "en", "dans", "sur", "par", "pour", "et", "ou", "the", "an", "of", "in", "on", "at",
            "to", "and", "or", "by", "for");

    private NameMatch() {
    }

    public static List<String> words(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        List<String> w = new ArrayList<>(Arrays.asList(n.split("[^\\p{L}\\p{N}]+")));
        w.removeIf(String::isEmpty);
        while (w.size() > 1 && DETERMINERS.contains(w.get(0))) {
            w.remove(0);
        }
        return w;
    }

    /** Whether a predicted name and a gold name match (see the class comment). */
    public static boolean matches(String predicted, String gold) {
        List<String> p = words(predicted);
        List<String> g = words(gold);
        if (p.isEmpty() || g.isEmpty()) {
            return false;
        }
        if (p.equals(g)) {
            return true;
        }
        List<String> shorter = p.size() <= g.size() ? p : g;
        List<String> longer = shorter == p ? g : p;
        return Collections.indexOfSubList(longer, shorter) >= 0
                && shorter.stream().anyMatch(x -> !FUNCTION_WORDS.contains(x));
    }

    /** Whether any of the predicted names matches any of the gold names. */
    public static boolean anyMatches(List<String> predicted, List<String> gold) {
        for (String p : predicted) {
            for (String g : gold) {
                if (matches(p, g)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a predicted time value matches a gold one. */
    public static boolean timeMatches(String predicted, String gold) {
        if (predicted == null || gold == null) {
            return false;
        }
        if (predicted.equals(gold)) {
            return true;
        }
        int t = predicted.indexOf('T');
        return t > 0 && gold.indexOf('T') < 0 && predicted.substring(0, t).equals(gold);
    }
}
