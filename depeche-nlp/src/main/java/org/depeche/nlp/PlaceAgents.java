package org.depeche.nlp;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.depeche.lang.Language;
import org.depeche.lang.Languages;
import org.depeche.lang.PackLine;

/**
 * A place name that acts is an organisation: Universal NER (after NorNE) annotates a geo-political
 * name as Organization where it stands for the state acting ("Ruritania signed the treaty",
 * "Ruritania was defeated") and as Location where it is the place ("born in Ruritania", "Ruritania
 * lies on the coast"). A place mention is an agent when it opens a finite clause as its subject
 * (only a determiner, a comma, a conjunction or a subordinator before it; places joined by "and"
 * share the subject) and the clause's verb chain is a passive or ends on a main verb that is not
 * stative (the lexicon {@code nlp/place-agents.txt} of the language pack). Works on Penn Treebank tags.
 */
public final class PlaceAgents {

    /** One token: its text, Penn Treebank tag and lemma (may be null). */
    public record Word(String text, String tag, String lemma) {
    }

    /** A place mention over words [first, end) of the sentence. */
    public record Span(int first, int end) {
    }

    private final Set<String> stative;
    private final Set<String> subordinators;
    private final Set<String> polityWords;
    /** Country names, lower-cased. */
    private final Set<String> countries;
    /** Prepositions whose object is an agent or an adversary ("claimed by", "against"). */
    private final Set<String> agentPrepositions;

    public PlaceAgents(Set<String> stative, Set<String> subordinators, Set<String> polityWords, Set<String> countries) {
        this(stative, subordinators, polityWords, countries, Set.of());
    }

    public PlaceAgents(Set<String> stative, Set<String> subordinators, Set<String> polityWords, Set<String> countries,
                       Set<String> agentPrepositions) {
        this.agentPrepositions = Set.copyOf(agentPrepositions);
        this.stative = Set.copyOf(stative);
        this.subordinators = Set.copyOf(subordinators);
        this.polityWords = Set.copyOf(polityWords);
        this.countries = countries.stream().map(c -> c.toLowerCase(Locale.ROOT)).collect(
                java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The lexicon of a language ({@code nlp/place-agents.txt} of its pack), or null when that file is empty. */
    public static PlaceAgents load(String lang) {
        Language pack = Languages.get(lang);
        String path = "nlp/place-agents.txt";
        List<PackLine> lines = pack.lines(path);
        if (lines.isEmpty()) {
            return null;
        }
        Set<String> stative = new HashSet<>();
        Set<String> subordinators = new HashSet<>();
        Set<String> polity = new HashSet<>();
        Set<String> countries = new HashSet<>();
        Set<String> agentPrepositions = new HashSet<>();
        Locale locale = Locale.forLanguageTag(lang);
        for (String code : Locale.getISOCountries()) {
            countries.add(new Locale("", code).getDisplayCountry(locale));
        }
        for (PackLine line : lines) {
            String[] cols = line.columns(pack, path, 2);
            switch (cols[0]) {
                case "stative" -> stative.add(cols[1].strip());
                case "subordinator" -> subordinators.add(cols[1].strip());
                case "polity" -> polity.add(cols[1].strip());
                case "name" -> countries.add(cols[1].strip());
                case "agent-preposition" -> agentPrepositions.add(cols[1].strip());
                default -> throw line.error(pack, path, "unknown kind " + cols[0]);
            }
        }
        return new PlaceAgents(stative, subordinators, polity, countries, agentPrepositions);
    }

    /**
     * Which place mentions of one sentence are agents.
     *
     * @param words  the sentence's words
     * @param places its place mentions, in text order, not overlapping
     * @return one flag per place mention
     */
    public boolean[] agents(List<Word> words, List<Span> places) {
        boolean[] out = new boolean[places.size()];
        int p = 0;
        while (p < places.size()) {
            // places joined by "and", "," or ", and" share one clause position
            int q = p;
            while (q + 1 < places.size() && joined(words, places.get(q).end(), places.get(q + 1).first())) {
                q++;
            }
            boolean agent = opensClause(words, places.get(p).first()) && agentiveChain(words, places.get(q).end());
            boolean object = afterAgentPreposition(words, places.get(p).first());
            for (int k = p; k <= q; k++) {
                out[k] = (agent || object) && polity(words.subList(places.get(k).first(), places.get(k).end()));
            }
            p = q + 1;
        }
        return out;
    }

    /** A country's name, or a name holding a polity noun. */
    boolean polity(List<Word> name) {
        String text = String.join(" ", name.stream().map(Word::text).toList());
        return countries.contains(text.toLowerCase(Locale.ROOT))
                || name.stream().anyMatch(w -> polityWords.contains(w.text()));
    }

    /** The object of a preposition that introduces an agent or an adversary ("claimed by the …"). */
    private boolean afterAgentPreposition(List<Word> words, int first) {
        int i = first - 1;
        if (i >= 0 && "DT".equals(words.get(i).tag())) {
            i--;
        }
        if (i < 0 || !words.get(i).tag().equals("IN")
                || !agentPrepositions.contains(words.get(i).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        // "bordered by", "surrounded by": the agent of a stative verb is a place
        return i == 0 || !words.get(i - 1).tag().startsWith("VB") || !stative.contains(lemma(words.get(i - 1)));
    }

    private static boolean joined(List<Word> words, int end, int next) {
        String between = String.join(" ", words.subList(end, Math.max(end, next)).stream()
                .map(w -> w.text().toLowerCase(Locale.ROOT)).toList());
        return next > end && (between.equals("and") || between.equals(",") || between.equals(", and"));
    }

    /** Nothing before the mention but the sentence start, a comma, a conjunction or a subordinator. */
    private boolean opensClause(List<Word> words, int first) {
        int i = first - 1;
        if (i >= 0 && "DT".equals(words.get(i).tag()) && words.get(i).text().equalsIgnoreCase("the")) {
            i--;
        }
        if (i < 0) {
            return true;
        }
        Word w = words.get(i);
        String tag = w.tag();
        if (tag.equals("CC")) {
            // "…, and Ruritania signed", not "the envoys and Ruritania" (a subject that began earlier)
            return i == 0 || words.get(i - 1).tag().equals(",") || words.get(i - 1).tag().equals(":");
        }
        String word = w.text().toLowerCase(Locale.ROOT);
        if (word.equals("as") && i > 0 && words.get(i - 1).text().equalsIgnoreCase("such")) {
            return false;
        }
        return tag.equals(",") || tag.equals(":") || tag.equals("``") || subordinators.contains(word);
    }

    /** A finite verb chain right after the subject, active, that ends on a non-stative verb. */
    private boolean agentiveChain(List<Word> words, int end) {
        int j = end;
        while (j < words.size() && words.get(j).tag().startsWith("RB")) {
            j++;
        }
        if (j >= words.size() || !Set.of("VBD", "VBZ", "VBP", "MD").contains(words.get(j).tag())) {
            return false;
        }
        Word main = null;
        boolean be = false;
        boolean passive = false;
        for (int k = j; k < words.size(); k++) {
            Word w = words.get(k);
            String tag = w.tag();
            if (tag.startsWith("RB") || tag.equals("MD")) {
                continue;
            }
            if (!tag.startsWith("VB")) {
                break;
            }
            if (be && tag.equals("VBN") && !"be".equals(lemma(w))) {
                passive = true;
            }
            be = "be".equals(lemma(w));
            main = w;
        }
        return main != null && !passive && !stative.contains(lemma(main));
    }

    private static String lemma(Word w) {
        return (w.lemma() != null ? w.lemma() : w.text()).toLowerCase(Locale.ROOT);
    }
}
