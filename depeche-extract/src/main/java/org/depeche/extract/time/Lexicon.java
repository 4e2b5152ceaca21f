package org.depeche.extract.time;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.depeche.extract.DataFiles;

/**
 * A word list of one language: form → value, read from a resource with one {@code form<TAB>value}
 * per line ({@code #} starts a comment). Forms are looked up case- and accent-insensitively
 * ("Eté" is "été"), and {@link #pattern()} matches any form the same way, longest first.
 */
final class Lexicon {

    private final String name;
    private final Map<String, String> entries;
    private final Map<String, String> raw;

    private Lexicon(String name, Map<String, String> entries, Map<String, String> raw) {
        this.name = name;
        this.entries = entries;
        this.raw = raw;
    }

    static Lexicon load(String resource, String name) {
        Map<String, String> entries = new LinkedHashMap<>();
        Map<String, String> raw = new LinkedHashMap<>();
        for (String[] cols : DataFiles.rows(Lexicon.class, resource, 2)) {
            entries.put(fold(cols[0].strip()), cols[1].strip());
            raw.put(cols[0].strip().toLowerCase(Locale.ROOT), cols[1].strip());
        }
        return new Lexicon(name, Map.copyOf(entries), Map.copyOf(raw));
    }

    String name() {
        return name;
    }

    Optional<String> value(String form) {
        return Optional.ofNullable(entries.get(fold(form.strip().replaceAll("\\s+", " "))));
    }

    /** The entries as written (lower-cased, accents kept). */
    Map<String, String> rawEntries() {
        return raw;
    }

    /** A non-capturing alternation of every form, longest first, accent- and apostrophe-tolerant. */
    String pattern() {
        return entries.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Lexicon::formPattern)
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /** Lower case, accents removed, typographic apostrophe as ASCII. */
    static String fold(String s) {
        String d = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return d.replaceAll("\\p{M}+", "").replace('’', '\'');
    }

    private static String formPattern(String folded) {
        StringBuilder p = new StringBuilder();
        for (char c : folded.toCharArray()) {
            switch (c) {
                case 'a' -> p.append("[aàâä]");
                case 'e' -> p.append("[eéèêë]");
                case 'i' -> p.append("[iîï]");
                case 'o' -> p.append("[oôö]");
                case 'u' -> p.append("[uùûü]");
                case 'c' -> p.append("[cç]");
                case '\'' -> p.append("['’]\\s*");
                case ' ' -> p.append("\\s+");
                case '-' -> p.append("[-‑\\s]");
                case '.' -> p.append("\\.");
                default -> p.append(Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c);
            }
        }
        return p.toString();
    }
}
