package org.depeche.extract.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.depeche.extract.DataFiles;
import org.depeche.lang.Languages;

/**
 * The language data of the event extractor, read once from
 * {@code org/depeche/lang/<lang>/events/}: trigger lexicon expanded to word forms through
 * inflection classes, argument frames, role inventories, support verbs, polarity and modality
 * cues, number words and small closed classes. Every file says where it comes from.
 */
final class EventLexicon {

    /** A single-word trigger form: the lexicon entry it comes from and its inflection tag. */
    record Form(Entry entry, String tag) {
    }

    /** A lexicon entry: subtype, frame name and flags. */
    record Entry(String lemma, String type, String frame, Set<String> flags) {
        /** An expression that is no event ("à partir de"): it only keeps its words from matching a trigger. */
        boolean blocking() {
            return type.equals("-");
        }

        boolean has(String flag) {
            return flags.contains(flag);
        }

        /** The value of a {@code name=value} flag, or null. */
        String flag(String prefix) {
            for (String f : flags) {
                if (f.startsWith(prefix)) {
                    return f.substring(prefix.length());
                }
            }
            return null;
        }
    }

    /** A multiword trigger: alternatives per word (first word inflected), and the entry. */
    record Multiword(List<Set<String>> words, Map<String, String> firstTags, Entry entry) {
    }

    final String lang;
    final Map<String, List<Form>> forms = new HashMap<>();
    final Map<String, List<Multiword>> multiwords = new HashMap<>();
    /** frame → relation → role. */
    final Map<String, Map<String, String>> frames = new HashMap<>();
    /** type → roles in order; identifying roles in {@link #identityRoles}. */
    final Map<String, List<String>> typeRoles = new LinkedHashMap<>();
    final Map<String, Set<String>> identityRoles = new HashMap<>();
    final Set<String> supportVerbs = new HashSet<>();
    /** Subtypes that take the story's scene as their place when their sentence names none. */
    final Set<String> sceneTypes = new HashSet<>();
    final Map<String, Set<String>> negation = new HashMap<>();
    final Map<String, Set<String>> modality = new HashMap<>();
    final Map<String, Integer> numbers = new HashMap<>();
    final Map<String, Set<String>> words = new HashMap<>();
    final Map<String, String> elisions = new HashMap<>();

    private EventLexicon(String lang) {
        this.lang = lang;
    }

    private static final Map<String, EventLexicon> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /** The lexicon of a language, loaded on first use. */
    static EventLexicon forLanguage(String lang) {
        return CACHE.computeIfAbsent(lang, EventLexicon::load);
    }

    private static EventLexicon load(String lang) {
        EventLexicon lx = new EventLexicon(lang);
        String base = Languages.get(lang).folder("events");
        Map<String, List<String[]>> inflection = new HashMap<>();
        for (String[] c : rows(base + "inflection.tsv")) {
            List<String[]> suffixes = new ArrayList<>();
            for (int i = 2; i < c.length; i++) {
                for (String st : c[i].split(" ")) {
                    int colon = st.lastIndexOf(':');
                    suffixes.add(new String[] {st.substring(0, colon).equals("-") ? "" : st.substring(0, colon),
                        st.substring(colon + 1)});
                }
            }
            inflection.put(c[0], suffixes);
            inflection.put(c[0] + "#remove", List.<String[]>of(new String[] {c.length > 1 ? c[1] : "-"}));
        }
        Map<String, Map<String, String>> irregular = new HashMap<>();
        for (String[] c : rows(base + "irregular.tsv")) {
            Map<String, String> f = irregular.computeIfAbsent(c[0], k -> new LinkedHashMap<>());
            for (String st : c[1].split(" ")) {
                int colon = st.lastIndexOf(':');
                f.putIfAbsent(st.substring(0, colon), st.substring(colon + 1));
            }
        }
        for (String[] c : rows(base + "triggers.tsv")) {
            if (c.length < 3) {
                throw new IllegalStateException("Unable to load " + base + "triggers.tsv: bad line " + String.join("\t", c));
            }
            Set<String> flags = new HashSet<>(c.length > 3 ? List.of(c[3].trim().split("\\s*,\\s*|\\s+")) : List.of());
            String[] ws = c[0].trim().split(" ");
            // an entry limited to some inflections must match the word form, not the lemma
            if (ws.length == 1 && (ws[0].endsWith("/n-sg") || flags.stream().anyMatch(f -> f.startsWith("tags=")))) {
                flags.add("formonly");
            }
            // a single word's part of speech follows from its inflection class unless a flag says it
            if (ws.length == 1 && ws[0].contains("/") && !flags.contains("noun") && !flags.contains("verb")) {
                String cls = ws[0].substring(ws[0].indexOf('/') + 1);
                flags.add(cls.startsWith("n") ? "noun" : "verb");
            }
            String lemma = ws[0].contains("/") ? ws[0].substring(0, ws[0].indexOf('/')) : ws[0];
            Entry entry = new Entry(lemma, c[1].trim(), c[2].trim(), Set.copyOf(flags));
            if (!lx.frames.containsKey(entry.frame()) && !entry.frame().isEmpty() && !entry.blocking()) {
                lx.frames.put(entry.frame(), new LinkedHashMap<>());
            }
            List<Map<String, String>> expanded = new ArrayList<>();
            for (String w : ws) {
                expanded.add(expand(w, inflection, irregular, base));
            }
            if (ws.length == 1) {
                expanded.get(0).forEach((form, tag) ->
                        lx.forms.computeIfAbsent(form, k -> new ArrayList<>()).add(new Form(entry, tag)));
            } else {
                List<Set<String>> alts = expanded.stream().map(m -> Set.copyOf(m.keySet())).toList();
                Multiword mw = new Multiword(alts, Map.copyOf(expanded.get(0)), entry);
                for (String first : alts.get(0)) {
                    lx.multiwords.computeIfAbsent(first, k -> new ArrayList<>()).add(mw);
                }
            }
        }
        // longest multiwords first
        lx.multiwords.values().forEach(l -> l.sort((a, b) -> Integer.compare(b.words().size(), a.words().size())));
        for (String[] c : rows(base + "frames.tsv")) {
            lx.frames.computeIfAbsent(c[0], k -> new LinkedHashMap<>()).put(c[1], c[2]);
        }
        for (String[] c : rows(base + "types.tsv")) {
            List<String> roles = new ArrayList<>();
            Set<String> id = new HashSet<>();
            for (String r : c[1].trim().split(" ")) {
                if (r.equals("scene")) {
                    lx.sceneTypes.add(c[0]);
                    continue;
                }
                String role = r.endsWith("*") ? r.substring(0, r.length() - 1) : r;
                roles.add(role);
                if (r.endsWith("*")) {
                    id.add(role);
                }
            }
            lx.typeRoles.put(c[0], List.copyOf(roles));
            lx.identityRoles.put(c[0], Set.copyOf(id));
        }
        for (String[] c : rows(base + "support.tsv")) {
            lx.supportVerbs.addAll(List.of(c[0].trim().split(" ")));
        }
        readKinds(base + "negation.tsv", lx.negation);
        readKinds(base + "modality.tsv", lx.modality);
        readKinds(base + "words.tsv", lx.words);
        for (String pair : lx.words("elision")) {
            int eq = pair.indexOf('=');
            lx.elisions.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        for (String[] c : rows(base + "numbers.tsv")) {
            lx.numbers.put(c[0], Integer.parseInt(c[1].trim()));
        }
        lx.frames.forEach((name, rel) -> {
            if (rel.isEmpty()) {
                throw new IllegalStateException("Unable to load " + base + "frames.tsv: frame '" + name
                        + "' used by triggers.tsv has no relation");
            }
        });
        return lx;
    }

    private static Map<String, String> expand(String word, Map<String, List<String[]>> inflection,
                                              Map<String, Map<String, String>> irregular, String base) {
        Map<String, String> out = new LinkedHashMap<>();
        int slash = word.indexOf('/');
        if (slash < 0) {
            for (String alt : word.split("\\|")) {
                out.put(alt.toLowerCase(Locale.ROOT), "");
            }
            return out;
        }
        String lemma = word.substring(0, slash);
        String cls = word.substring(slash + 1);
        if (cls.equals("irr")) {
            Map<String, String> f = irregular.get(lemma);
            if (f == null) {
                throw new IllegalStateException("Unable to load " + base + "triggers.tsv: no forms for '" + lemma
                        + "' in irregular.tsv");
            }
            out.putAll(f);
            return out;
        }
        List<String[]> suffixes = inflection.get(cls);
        if (suffixes == null) {
            throw new IllegalStateException("Unable to load " + base + "triggers.tsv: unknown class '" + cls + "'");
        }
        String remove = inflection.get(cls + "#remove").get(0)[0];
        String stem = remove.equals("-") || !lemma.endsWith(remove) ? lemma : lemma.substring(0, lemma.length() - remove.length());
        for (String[] s : suffixes) {
            out.putIfAbsent(stem + s[0], s[1]);
        }
        return out;
    }

    private static void readKinds(String path, Map<String, Set<String>> into) {
        for (String[] c : rows(path)) {
            into.computeIfAbsent(c[0].trim(), k -> new HashSet<>()).addAll(List.of(c[1].trim().split(" ")));
        }
    }

    Set<String> negation(String kind) {
        return negation.getOrDefault(kind, Set.of());
    }

    Set<String> modality(String kind) {
        return modality.getOrDefault(kind, Set.of());
    }

    /** The full form of an elided word ("d'" → "de"), else the word. */
    String full(String form) {
        return elisions.getOrDefault(form, form);
    }

    Set<String> words(String kind) {
        return words.getOrDefault(kind, Set.of());
    }

    /** Non-comment, non-blank lines split on tabs. */
    static List<String[]> rows(String path) {
        return DataFiles.rows(EventLexicon.class, path, 1);
    }
}
