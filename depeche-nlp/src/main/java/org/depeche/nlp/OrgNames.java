package org.depeche.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.depeche.lang.Language;
import org.depeche.lang.Languages;
import org.depeche.lang.PackLine;
import org.depeche.model.EntityType;

/**
 * Organisation names that the statistical tagger misses or mistypes, read from the name's own
 * words and from the common noun it stands in apposition to (lexicon
 * {@code nlp/org-names.txt} of the language's pack, written from the category):
 *
 * <ul>
 *   <li>a name whose last word (or the word before its "of"/"for") is an organisation head noun
 *       ("… Party", "Ministry of …") is an organisation, whatever class the tagger gave it, and a
 *       capitalised run of two or more words the tagger left unlabelled is one too;</li>
 *   <li>a capitalised run right after a common noun naming a kind of organisation ("the band …",
 *       "the carmaker …") is an organisation;</li>
 *   <li>a plural party or bloc name ("the Whigs") on its own is an organisation;</li>
 *   <li>a one-word name that CoreNLP's own gazetteer lists as a religion is no name (the tagger
 *       takes religions for organisations).</li>
 * </ul>
 * Works on Penn Treebank tags.
 */
public final class OrgNames {

    /** A mention over words [first, end) of a sentence, with its type. */
    public record Named(int first, int end, EntityType type) {
    }

    private final Set<String> heads;
    private final Set<String> ofHeads;
    private final Set<String> kinds;
    private final Set<String> plurals;
    private final Set<String> connectors;
    private final Set<String> religions;
    private final Set<String> notNames;
    private final Set<String> titles;
    /** The connectors before which a name's head stands ("Ministry of …"). */
    private final Set<String> of;

    public OrgNames(Set<String> heads, Set<String> ofHeads, Set<String> of, Set<String> kinds, Set<String> plurals,
                    Set<String> connectors, Set<String> religions, Set<String> notNames, Set<String> titles) {
        this.of = Set.copyOf(of);
        this.titles = Set.copyOf(titles);
        this.notNames = Set.copyOf(notNames);
        this.heads = Set.copyOf(heads);
        this.ofHeads = Set.copyOf(ofHeads);
        this.kinds = Set.copyOf(kinds);
        this.plurals = Set.copyOf(plurals);
        this.connectors = Set.copyOf(connectors);
        this.religions = Set.copyOf(religions);
    }

    /**
     * The lexicon of a language, or null when the language has none.
     *
     * @param titles titles and forms of address: a capitalised run opening on one is a person's title, no name
     */
    public static OrgNames load(String lang, Set<String> titles) {
        Language pack = Languages.get(lang);
        String path = "nlp/org-names.txt";
        List<PackLine> lines = pack.lines(path);
        if (lines.isEmpty()) {
            return null;
        }
        Set<String> heads = new HashSet<>();
        Set<String> ofHeads = new HashSet<>();
        Set<String> kinds = new HashSet<>();
        Set<String> plurals = new HashSet<>();
        Set<String> connectors = new HashSet<>();
        Set<String> religions = new HashSet<>();
        Set<String> notNames = new HashSet<>();
        Set<String> of = new HashSet<>();
        String gazetteer = null;
        for (PackLine line : lines) {
            String[] cols = line.columns(pack, path, 2);
            String v = cols[1].strip();
            switch (cols[0]) {
                case "head" -> heads.add(v);
                case "ofhead" -> ofHeads.add(v);
                case "headbefore" -> {
                    of.add(v);
                    connectors.add(v);
                }
                case "notname" -> notNames.add(v);
                case "kind" -> kinds.add(v);
                case "plural" -> plurals.add(v);
                case "connector" -> connectors.add(v);
                case "religions" -> gazetteer = v;
                default -> throw line.error(pack, path, "unknown kind " + cols[0]);
            }
        }
        if (gazetteer != null) {
            religions.addAll(religions(gazetteer));
        }
        return new OrgNames(heads, ofHeads, of, kinds, plurals, connectors, religions, notNames, titles);
    }

    /** One-word RELIGION entries of a CoreNLP regexner gazetteer (tab-separated, on the classpath). */
    static Set<String> religions(String resource) {
        Set<String> out = new HashSet<>();
        try (InputStream raw = OrgNames.class.getClassLoader().getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("nlp/org-names.txt names a gazetteer missing from the class path: " + resource);
            }
            InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (tab > 0 && line.startsWith("RELIGION", tab + 1) && line.lastIndexOf(' ', tab) < 0
                        && line.lastIndexOf('-', tab) < 0) {
                    out.add(line.substring(0, tab));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Unable to read " + resource, e);
        }
        return out;
    }

    /**
     * The sentence's mentions after the organisation rules, in text order.
     *
     * @param words    the sentence's words (text and Penn Treebank tag)
     * @param mentions its mentions, not overlapping
     */
    public List<Named> apply(List<PlaceAgents.Word> words, List<Named> mentions) {
        List<Named> out = new ArrayList<>();
        boolean[] taken = new boolean[words.size()];
        for (Named m : mentions) {
            if (m.end() - m.first() == 1 && religions.contains(words.get(m.first()).text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Named n = m;
            if (pluralName(words, m.first(), m.end())) {
                n = new Named(m.first(), m.end(), EntityType.ORGANIZATION);
            } else if (m.type() != EntityType.MISC && headed(words, m.first(), m.end())
                    && (m.type() != EntityType.PERSON || ofHeaded(words, m.first(), m.end())
                    || m.first() > 0 && words.get(m.first() - 1).tag().equals("DT"))) {
                n = new Named(m.first(), m.end(), EntityType.ORGANIZATION);
            } else if (m.type() != EntityType.ORGANIZATION && m.type() != EntityType.MISC && afterKind(words, m.first())
                    && run(words, m.first()) == m.end()) {
                n = new Named(m.first(), m.end(), EntityType.ORGANIZATION);
            }
            out.add(n);
            for (int i = n.first(); i < n.end(); i++) {
                taken[i] = true;
            }
        }
        int i = 0;
        while (i < words.size()) {
            if (taken[i] || !capitalised(words.get(i))) {
                i++;
                continue;
            }
            int end = run(words, i);
            boolean free = true;
            for (int k = i; k < end; k++) {
                free &= !taken[k];
            }
            if (free && end > i && !titles.contains(words.get(i).text())) {
                boolean org = (end - i >= 2 && headed(words, i, end)) || afterKind(words, i)
                        || pluralName(words, i, end);
                String one = words.get(i).text().toLowerCase(Locale.ROOT);
                org &= !(end - i == 1 && (religions.contains(one) || notNames.contains(one)));
                if (org) {
                    out.add(new Named(i, end, EntityType.ORGANIZATION));
                }
            }
            i = Math.max(end, i + 1);
        }
        out.sort(Comparator.comparingInt(Named::first));
        return out;
    }

    /** The end of the capitalised proper-noun run starting at i (connectors inside it allowed). */
    private int run(List<PlaceAgents.Word> words, int i) {
        int end = i;
        int k = i;
        while (k < words.size()) {
            PlaceAgents.Word w = words.get(k);
            if (capitalised(w)) {
                k++;
                end = k;
            } else if (k > i && connectors.contains(w.text())) {
                int c = k;
                while (c < words.size() && connectors.contains(words.get(c).text())) {
                    c++;
                }
                if (c == words.size() || !capitalised(words.get(c))) {
                    break;
                }
                k = c;
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean capitalised(PlaceAgents.Word w) {
        String t = w.text();
        return (w.tag().equals("NNP") || w.tag().equals("NNPS") || w.tag().equals("PROPN")) && !t.isEmpty()
                && (Character.isUpperCase(t.codePointAt(0)) || Character.isDigit(t.codePointAt(0)) && t.length() > 1);
    }

    /** A party or bloc named by a plural ("the Whigs", "the Free Democrats"). */
    private boolean pluralName(List<PlaceAgents.Word> words, int first, int end) {
        PlaceAgents.Word last = words.get(end - 1);
        return last.tag().equals("NNPS") && plurals.contains(last.text());
    }

    /**
     * The name's head is an organisation noun: the word before its first "of"/"for" when it has one
     * ("Ministry of …", not "War of …"), else its last word.
     */
    private boolean headed(List<PlaceAgents.Word> words, int first, int end) {
        for (int k = first + 1; k < end - 1; k++) {
            if (of.contains(words.get(k).text())) {
                return ofHeads.contains(words.get(k - 1).text());
            }
        }
        return heads.contains(words.get(end - 1).text());
    }

    /** A head noun followed by "of"/"for" inside the name ("Ministry of …"), a person's surname never is. */
    private boolean ofHeaded(List<PlaceAgents.Word> words, int first, int end) {
        for (int k = first + 1; k < end - 1; k++) {
            if (of.contains(words.get(k).text())) {
                return ofHeads.contains(words.get(k - 1).text());
            }
        }
        return false;
    }

    /** Right after a common noun naming a kind of organisation, itself after a determiner or modifier. */
    private boolean afterKind(List<PlaceAgents.Word> words, int first) {
        int k = first - 1;
        // post-nominal adjectives (UD tags: "la firme suédoise …")
        while (k > 0 && first - k <= 2 && words.get(k).tag().equals("ADJ")) {
            k--;
        }
        if (k < 1) {
            return false;
        }
        PlaceAgents.Word kind = words.get(k);
        if (!(kind.tag().equals("NN") || kind.tag().equals("NOUN")) || !kinds.contains(kind.text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        String before = words.get(k - 1).tag();
        return before.equals("DT") || before.equals("DET") || before.startsWith("JJ") || before.equals("ADJ")
                || before.equals("NN") || before.equals("PRP$") || before.equals("NNP");
    }
}
