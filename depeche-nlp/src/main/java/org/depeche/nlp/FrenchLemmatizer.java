package org.depeche.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * French lemmas from LanguageTool's morfologik dictionary ({@code org.languagetool:french-pos-dict},
 * CC BY-SA 4.0, {@code org/languagetool/resource/fr/french.dict}): every form with its lemmas and
 * tags. CoreNLP has no French lemmatiser (its {@code lemma} annotator only lowercases).
 *
 * <p>Among a form's readings, the lemma kept is the first whose dictionary tag agrees with the
 * word's Universal POS (NOUN ↔ N, VERB/AUX ↔ V, ADJ ↔ J, and so on; an adjective also accepts a
 * past participle's verb lemma); a form the dictionary lacks, or none of whose readings fits the
 * POS, keeps its lowercased form (proper nouns keep their case). Thread-safe: each thread gets its
 * own lookup over the shared dictionary.
 */
public final class FrenchLemmatizer implements Lemmatizer {

    private static final String DICT = "/org/languagetool/resource/fr/french.dict";

    /** First letter(s) of the dictionary's tags (see french_tags.txt in that jar) per UPOS. */
    private static final Map<String, List<String>> TAG_PREFIXES = Map.ofEntries(
            Map.entry("NOUN", List.of("N")),
            Map.entry("PROPN", List.of("Z", "N")),
            Map.entry("ADJ", List.of("J", "V ppas", "V ppre")),
            Map.entry("VERB", List.of("V")),
            Map.entry("AUX", List.of("V")),
            Map.entry("ADV", List.of("A")),
            Map.entry("DET", List.of("D")),
            Map.entry("PRON", List.of("R")),
            Map.entry("ADP", List.of("P")),
            Map.entry("CCONJ", List.of("C")),
            Map.entry("SCONJ", List.of("C")),
            Map.entry("NUM", List.of("K", "D")),
            Map.entry("INTJ", List.of("I")));

    private static final Dictionary DICTIONARY = load();

    private final ThreadLocal<DictionaryLookup> lookup = ThreadLocal.withInitial(() -> new DictionaryLookup(DICTIONARY));

    private static Dictionary load() {
        URL url = FrenchLemmatizer.class.getResource(DICT);
        if (url == null) {
            throw new UncheckedIOException(new IOException("Unable to load " + DICT + ": french-pos-dict is not on the class path"));
        }
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("Unable to load " + DICT, e);
        }
    }

    @Override
    public String lemma(String form, String upos) {
        if (form == null || form.isEmpty()) {
            return form;
        }
        String word = form.replace('’', '\'');
        // the tokenizer keeps the hyphen of inverted subjects ("a-t-il" → "a" "-t-il")
        if (word.startsWith("-t-")) {
            word = word.substring(3);
        } else if (word.length() > 1 && word.charAt(0) == '-') {
            word = word.substring(1);
        }
        String lower = word.toLowerCase(Locale.FRENCH);
        List<String> prefixes = upos == null ? List.of() : TAG_PREFIXES.getOrDefault(upos, List.of());
        String found = find(word, prefixes);
        if (found == null && !lower.equals(word)) {
            found = find(lower, prefixes);
        }
        if (found != null) {
            return found;
        }
        return "PROPN".equals(upos) ? form : lower;
    }

    private String find(String word, List<String> prefixes) {
        List<WordData> readings = lookup.get().lookup(word);
        if (readings.isEmpty()) {
            return null;
        }
        for (String prefix : prefixes) {
            for (WordData wd : readings) {
                CharSequence tag = wd.getTag();
                if (tag != null && tag.toString().startsWith(prefix)) {
                    return wd.getStem().toString();
                }
            }
        }
        return prefixes.isEmpty() ? readings.get(0).getStem().toString() : null;
    }
}
