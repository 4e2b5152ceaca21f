package org.depeche.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The closed classes of a pack's {@code words.tsv}: each line is {@code CLASS<TAB>word<TAB>word…}
 * (a class may take several lines; a class written alone on its line is empty, by choice). Words
 * keep the order they are written in (some lists are tried in order: suffix rules, for instance).
 */
public final class WordClasses {

    private final String pack;
    private final Map<String, List<String>> classes;
    private final Map<String, Set<String>> sets = new java.util.HashMap<>();

    WordClasses(String pack, Map<String, List<String>> classes) {
        this.pack = pack;
        this.classes = classes;
        classes.forEach((k, v) -> sets.put(k, Set.copyOf(new LinkedHashSet<>(v))));
    }

    static WordClasses parse(Language pack, String file, List<PackLine> lines) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (PackLine line : lines) {
            String[] cols = line.text().strip().split("\t");
            List<String> words = out.computeIfAbsent(cols[0].strip(), k -> new ArrayList<>());
            for (int i = 1; i < cols.length; i++) {
                String w = cols[i].strip();
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
        }
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        out.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new WordClasses(pack.code(), Map.copyOf(frozen));
    }

    /** Whether the pack declares a class. */
    public boolean has(String cls) {
        return classes.containsKey(cls);
    }

    /** The words of a class, in the order written ({@link PackException} for a class the pack lacks). */
    public List<String> list(String cls) {
        List<String> words = classes.get(cls);
        if (words == null) {
            throw new PackException(pack, "words.tsv", "has no key " + cls, null);
        }
        return words;
    }

    /** The words of a class as a set. */
    public Set<String> set(String cls) {
        list(cls);
        return sets.get(cls);
    }

    /** Every class name. */
    public Set<String> names() {
        return classes.keySet();
    }
}
