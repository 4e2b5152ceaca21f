package org.depeche.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import org.depeche.model.Document;
import org.depeche.model.Layer;
import org.depeche.model.Sentence;
import org.depeche.model.Stage;
import org.depeche.model.TimeExpression;

/**
 * Finds time expressions (TIMEX3: DATE, TIME, DURATION, SET) and resolves them against the
 * publication date, the document creation time (DCT).
 *
 * <p>Reads the text, the sentences and tokens ({@link Layer#TOKENS}) and, when present, POS
 * tags and the dependency parse, which give the tense of the governing verb ("Mercredi, … avaient
 * affiché" is the past Wednesday). Writes {@link Layer#TIME}.
 *
 * <p>How: the rules of the language ({@code org/depeche/lang/<lang>/time/rules.txt}, regular
 * expressions over the text built from word lists, as HeidelTime does) all run over the text;
 * the longest match wins where matches overlap (leftmost, then earlier rule, on ties); a match
 * of an IGNORE rule ("âgé de 6 ans") blocks the others. Then {@link TimeNormalizer} gives each
 * match its value in two passes: first everything placed by itself or by the DCT, in text
 * order, remembering a year named earlier in the sentence; then what leans on the narrative
 * ("le lendemain", "à 18 h", "la nuit"), placed from the nearest day named in the same
 * sentence, else the last one before, else the DCT.
 *
 * <p>Immutable and thread-safe.
 */
public final class TimeExtractor implements Stage {

    private final TimeRules rules;
    private final TimeNormalizer normalizer;
    private final TenseFinder tenses;

    private TimeExtractor(TimeRules rules) {
        this.rules = rules;
        this.normalizer = new TimeNormalizer(rules);
        this.tenses = new TenseFinder(rules);
    }

    /** The extractor for a language (fr or en). */
    public static TimeExtractor forLanguage(String lang) {
        return new TimeExtractor(TimeRules.forLanguage(lang));
    }

    @Override
    public String name() {
        return "time";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.TIME);
    }

    @Override
    public Set<Layer> uses() {
        return Set.of(Layer.POS, Layer.DEPPARSE);
    }

    @Override
    public Document apply(Document doc) {
        return doc.withTimexes(extract(doc));
    }

    private record Match(int start, int end, int ruleIndex, TimeRules.Rule rule, Map<String, String> groups) {
        int length() {
            return end - start;
        }
    }

    /** The time expressions of a document, in text order, with ids t1, t2… (t0 is the DCT). */
    public List<TimeExpression> extract(Document doc) {
        String text = doc.text();
        List<Match> selected = select(text);
        LocalDate dct = doc.published();
        int n = selected.size();
        TimeNormalizer.Resolved[] resolved = new TimeNormalizer.Resolved[n];
        String[] anchors = new String[n];
        int[] sentenceOf = new int[n];
        boolean[] deferred = new boolean[n];
        Map<Integer, Integer> sentenceYear = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Match m = selected.get(i);
            sentenceOf[i] = sentenceAt(doc, m.start());
            if (TimeNormalizer.needsReference(m.rule().kind(), m.groups())) {
                deferred[i] = true;
                continue;
            }
            Supplier<Tense> tense = memo(() -> tenses.tenseOf(doc, m.start(), m.end()));
            TimeNormalizer.Context ctx = new TimeNormalizer.Context(dct, tense, sentenceYear.get(sentenceOf[i]), null);
            resolved[i] = normalizer.resolve(m.rule().kind(), m.groups(), ctx).orElse(null);
            if (resolved[i] != null) {
                anchors[i] = resolved[i].dctRelative() ? "t0" : null;
                boolean yearOnly = resolved[i].year() != null && resolved[i].day() == null
                        && resolved[i].value().matches("\\d{4}");
                if (yearOnly || m.groups().containsKey("year") || m.groups().containsKey("yy")) {
                    sentenceYear.put(sentenceOf[i], resolved[i].year());
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (!deferred[i]) {
                continue;
            }
            Match m = selected.get(i);
            boolean counted = m.groups().containsKey("narrunit");
            boolean narrative = m.groups().containsKey("narr") || m.groups().containsKey("narrdir") || counted;
            int ref = referenceFor(i, selected, resolved, sentenceOf, narrative, counted);
            LocalDate refDay = ref < 0 ? null : resolved[ref].day() != null ? resolved[ref].day()
                    : periodMiddle(resolved[ref]);
            Supplier<Tense> tense = memo(() -> tenses.tenseOf(doc, m.start(), m.end()));
            TimeNormalizer.Context ctx = new TimeNormalizer.Context(dct, tense, sentenceYear.get(sentenceOf[i]), refDay);
            resolved[i] = normalizer.resolve(m.rule().kind(), m.groups(), ctx).orElse(null);
            if (resolved[i] != null) {
                anchors[i] = ref >= 0 ? "ref" + ref : resolved[i].dctRelative() ? "t0" : null;
            }
        }
        List<TimeExpression> out = new ArrayList<>();
        Map<Integer, String> ids = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (resolved[i] != null) {
                ids.put(i, "t" + (out.size() + 1));
                out.add(null);
            }
        }
        int k = 0;
        for (int i = 0; i < n; i++) {
            TimeNormalizer.Resolved r = resolved[i];
            if (r == null) {
                continue;
            }
            Match m = selected.get(i);
            String anchor = anchors[i];
            if (anchor != null && anchor.startsWith("ref")) {
                anchor = ids.get(Integer.parseInt(anchor.substring(3)));
            }
            out.set(k++, new TimeExpression(ids.get(i), r.type(), r.value(), m.start(), m.end(),
                    text.substring(m.start(), m.end()), r.mod(), anchor));
        }
        return List.copyOf(out);
    }

    /** All rule matches, then the longest non-overlapping ones (IGNORE matches removed last). */
    private List<Match> select(String text) {
        List<Match> all = new ArrayList<>();
        List<TimeRules.Rule> list = rules.rules();
        for (int r = 0; r < list.size(); r++) {
            TimeRules.Rule rule = list.get(r);
            Matcher m = rule.pattern().matcher(text);
            int from = 0;
            while (from <= text.length() && m.find(from)) {
                if (m.end() > m.start()) {
                    Map<String, String> groups = new LinkedHashMap<>();
                    for (String g : rule.groups()) {
                        String v = m.group(g);
                        if (v != null) {
                            groups.putIfAbsent(g.replaceAll("\\d+$", ""), v);
                        }
                    }
                    all.add(new Match(m.start(), m.end(), r, rule, Map.copyOf(groups)));
                }
                // restart just after this match's first character: a rule may match again inside it
                from = m.start() + 1;
            }
        }
        all.sort(Comparator.comparingInt(Match::length).reversed()
                .thenComparingInt(Match::start).thenComparingInt(Match::ruleIndex));
        List<Match> chosen = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        for (Match m : all) {
            boolean free = true;
            for (int c = m.start(); c < m.end() && free; c++) {
                free = !taken[c];
            }
            if (free) {
                for (int c = m.start(); c < m.end(); c++) {
                    taken[c] = true;
                }
                chosen.add(m);
            }
        }
        chosen.removeIf(m -> m.rule().kind() == TimeRules.Kind.IGNORE);
        chosen.sort(Comparator.comparingInt(Match::start));
        return chosen;
    }

    /**
     * The expression a narrative one leans on: for a time of day, the nearest day named in the
     * same sentence, else the last day named before; for "le lendemain", the last day before.
     */
    private static int referenceFor(int i, List<Match> matches, TimeNormalizer.Resolved[] resolved, int[] sentenceOf,
                                    boolean narrative, boolean yearWillDo) {
        if (!narrative) {
            int best = -1;
            int bestDistance = Integer.MAX_VALUE;
            for (int j = 0; j < matches.size(); j++) {
                if (j == i || resolved[j] == null || resolved[j].day() == null || sentenceOf[j] != sentenceOf[i]) {
                    continue;
                }
                int d = j < i ? matches.get(i).start() - matches.get(j).end() : matches.get(j).start() - matches.get(i).end();
                if (d < bestDistance) {
                    best = j;
                    bestDistance = d;
                }
            }
            if (best >= 0) {
                return best;
            }
        }
        for (int j = i - 1; j >= 0; j--) {
            if (resolved[j] != null && (resolved[j].day() != null || yearWillDo && resolved[j].year() != null)) {
                return j;
            }
        }
        return -1;
    }

    /** A day inside a month or a year named without a day ("en mars 1998" → 1998-03-15), to count units from. */
    private static LocalDate periodMiddle(TimeNormalizer.Resolved r) {
        Matcher m = java.util.regex.Pattern.compile("^(\\d{4})(?:-(\\d{2})(?!\\d))?").matcher(r.value());
        if (m.find()) {
            return m.group(2) == null ? LocalDate.of(Integer.parseInt(m.group(1)), 7, 1)
                    : LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 15);
        }
        return LocalDate.of(r.year(), 7, 1);
    }

    private static int sentenceAt(Document doc, int offset) {
        for (Sentence s : doc.sentences()) {
            if (offset >= s.start() && offset < s.end()) {
                return s.index();
            }
        }
        return -1;
    }

    private static <T> Supplier<T> memo(Supplier<T> s) {
        return new Supplier<>() {
            private T value;
            private boolean done;

            @Override
            public synchronized T get() {
                if (!done) {
                    value = s.get();
                    done = true;
                }
                return value;
            }
        };
    }
}
