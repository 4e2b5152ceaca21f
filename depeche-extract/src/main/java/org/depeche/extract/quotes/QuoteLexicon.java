package org.depeche.extract.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.depeche.extract.DataFiles;
import org.depeche.lang.Languages;
import org.depeche.lang.WordClasses;

/**
 * The language data quote extraction reads, from {@code org/depeche/lang/<lang>/quotes/}:
 * reporting cues by lemma ({@code cues.tsv}), source markers ({@code markers.tsv}: "selon",
 * "cité par", "à l'agence", source nouns, title words), quote-mark pairs ({@code marks.tsv}) and
 * speaker pronouns ({@code pronouns.tsv}) and nouns of speaking roles ({@code roles.txt}) and of
 * subjects that never speak ({@code not-speakers.txt}). Loaded once per language; immutable.
 */
final class QuoteLexicon {

    /** A reporting cue: its lemma, whether it can introduce a reported clause, and any words that must follow. */
    record Cue(String lemma, boolean speech, List<String> following) {
    }

    /** A pair of quote marks. */
    record MarkPair(char open, char close) {
    }

    /** A speaker pronoun's gender (m, f, x) and number (s, p). */
    record Pronoun(String gender, String number) {
    }

    private static final Map<String, QuoteLexicon> CACHE = new ConcurrentHashMap<>();

    final String lang;
    final Map<String, List<Cue>> cues;
    final List<List<String>> according;
    final Set<String> accordingDirect;
    final Set<String> clauseBreaks;
    final Set<String> roles;
    final Set<String> notSpeakers;
    final Set<String> viaAgent;
    final Set<String> viaDative;
    final Set<String> sourceNouns;
    final Set<String> titles;
    final Set<String> negations;
    final List<MarkPair> marks;
    final Map<String, Pronoun> pronouns;
    /** The closed classes of the language's pack. */
    final WordClasses words;

    private QuoteLexicon(String lang) {
        this.lang = lang;
        this.words = Languages.get(lang).words();
        Map<String, List<Cue>> c = new HashMap<>();
        for (String[] row : rows(lang, "cues.tsv")) {
            List<String> following = new ArrayList<>();
            for (int i = 2; i < row.length; i++) {
                following.add(row[i].toLowerCase(Locale.ROOT));
            }
            c.computeIfAbsent(row[0], k -> new ArrayList<>())
                    .add(new Cue(row[0], "speech".equals(row[1]), List.copyOf(following)));
        }
        c.replaceAll((k, v) -> List.copyOf(v));
        this.cues = Map.copyOf(c);
        List<List<String>> acc = new ArrayList<>();
        Set<String> accDirect = new HashSet<>();
        Set<String> breaks = new HashSet<>();
        Set<String> agent = new HashSet<>();
        Set<String> dative = new HashSet<>();
        Set<String> nouns = new HashSet<>();
        Set<String> title = new HashSet<>();
        Set<String> neg = new HashSet<>();
        for (String[] row : rows(lang, "markers.tsv")) {
            String words = row[1].toLowerCase(Locale.ROOT);
            switch (row[0]) {
                case "according" -> acc.add(List.of(words.split(" ")));
                case "according-direct" -> accDirect.add(words);
                case "clause-break" -> breaks.add(words);
                case "via-agent" -> agent.add(words);
                case "via-dative" -> dative.add(words);
                case "source-noun" -> nouns.add(words);
                case "title" -> title.add(words);
                case "negation" -> neg.add(words);
                default -> throw new IllegalStateException("markers.tsv of " + lang + ": unknown kind " + row[0]);
            }
        }
        acc.sort((a, b) -> b.size() - a.size());
        this.according = List.copyOf(acc);
        this.accordingDirect = Set.copyOf(accDirect);
        this.clauseBreaks = Set.copyOf(breaks);
        Set<String> r = new HashSet<>();
        for (String[] row : rows(lang, "roles.txt", 1)) {
            r.add(row[0].toLowerCase(Locale.ROOT));
        }
        this.roles = Set.copyOf(r);
        Set<String> ns = new HashSet<>();
        for (String[] row : rows(lang, "not-speakers.txt", 1)) {
            ns.add(row[0].toLowerCase(Locale.ROOT));
        }
        this.notSpeakers = Set.copyOf(ns);
        this.viaAgent = Set.copyOf(agent);
        this.viaDative = Set.copyOf(dative);
        this.sourceNouns = Set.copyOf(nouns);
        this.titles = Set.copyOf(title);
        this.negations = Set.copyOf(neg);
        List<MarkPair> m = new ArrayList<>();
        for (String[] row : rows(lang, "marks.tsv")) {
            m.add(new MarkPair(row[0].charAt(0), row[1].charAt(0)));
        }
        this.marks = List.copyOf(m);
        Map<String, Pronoun> p = new HashMap<>();
        for (String[] row : rows(lang, "pronouns.tsv")) {
            p.put(row[0], new Pronoun(row[1], row[2]));
        }
        this.pronouns = Map.copyOf(p);
    }

    /** The lexicon of a language; throws if the language has none. */
    static QuoteLexicon forLanguage(String lang) {
        return CACHE.computeIfAbsent(lang, QuoteLexicon::new);
    }

    static boolean supports(String lang) {
        return Languages.isSupported(lang); // every pack has the quote files (org/depeche/lang/layout.txt)
    }

    private static String path(String lang, String file) {
        return Languages.get(lang).folder("quotes") + file;
    }

    private static List<String[]> rows(String lang, String file) {
        return rows(lang, file, 2);
    }

    private static List<String[]> rows(String lang, String file, int columns) {
        return DataFiles.rows(QuoteLexicon.class, path(lang, file), columns);
    }
}
