package org.depeche.extract.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.depeche.model.Document;
import org.depeche.model.Sentence;
import org.depeche.model.Token;

/**
 * Finds the verb that governs a span and the tense of its verb group. With a dependency parse
 * the verb is the first VERB up the span's head chain and its group the verb's {@code aux*}
 * dependents; without one, the nearest VERB of the sentence and the auxiliaries just before it.
 * A predicate with a copula ("était malade") counts as a verb, its copula as its auxiliary.
 * The tense is read from the first auxiliary ({@code tense.tsv}: form, or form|deprel, → tense)
 * or else from the verb's form or ending ({@code verbtense.tsv}: whole forms, and endings
 * written {@code *ait}). Needs POS tags; without them every span is {@link Tense#NONE}.
 */
final class TenseFinder {

    private static final int MAX_CLIMB = 4;
    private static final int AUX_WINDOW = 4;

    private final Lexicon auxTense;
    private final Lexicon verbTense;
    private final List<String> suffixes;
    private final java.util.Map<String, String> suffixTense = new java.util.HashMap<>();

    TenseFinder(TimeRules rules) {
        this.auxTense = rules.lexicon("tense");
        this.verbTense = rules.lexicon("verbtense");
        List<String> s = new ArrayList<>();
        verbTense.rawEntries().forEach((key, tense) -> {
            if (key.startsWith("*")) {
                s.add(key.substring(1));
                suffixTense.put(key.substring(1), tense);
            }
        });
        s.sort(Comparator.comparingInt(String::length).reversed());
        this.suffixes = List.copyOf(s);
    }

    /** The tense governing the characters {@code [start, end)} of a document. */
    Tense tenseOf(Document doc, int start, int end) {
        List<Token> tokens = doc.tokens();
        int first = -1;
        int last = -1;
        for (Token t : tokens) {
            if (t.end() > start && t.start() < end) {
                if (first < 0) {
                    first = t.index();
                }
                last = t.index();
            }
        }
        if (first < 0 || tokens.get(first).pos() == null) {
            return Tense.NONE;
        }
        int sentenceIndex = tokens.get(first).sentence();
        Sentence sentence = doc.sentences().stream().filter(s -> s.index() == sentenceIndex).findFirst().orElse(null);
        int lo = sentence == null ? 0 : sentence.firstToken();
        int hi = sentence == null ? tokens.size() : sentence.endToken();
        boolean parsed = sentence != null && sentence.parsed();
        Token verb = parsed ? governingVerb(tokens, first, last) : null;
        if (verb == null) {
            verb = nearestVerb(tokens, first, last, lo, hi);
        }
        if (verb == null) {
            return Tense.NONE;
        }
        Optional<Token> aux = parsed && verb.head() != null ? firstAuxChild(tokens, verb, lo, hi)
                : auxBefore(tokens, verb, lo);
        if (aux.isPresent()) {
            Token a = aux.get();
            Optional<String> t = a.deprel() == null ? Optional.empty() : auxTense.value(a.text() + "|" + a.deprel());
            if (t.isEmpty()) {
                t = auxTense.value(a.text());
            }
            if (t.isPresent()) {
                return Tense.valueOf(t.get());
            }
        }
        return formTense(verb.text());
    }

    Tense formTense(String form) {
        Optional<String> whole = verbTense.value(form);
        if (whole.isPresent()) {
            return Tense.valueOf(whole.get());
        }
        String f = form.toLowerCase(java.util.Locale.ROOT);
        for (String suffix : suffixes) {
            if (f.length() > suffix.length() + 1 && f.endsWith(suffix)) {
                return Tense.valueOf(suffixTense.get(suffix));
            }
        }
        return Tense.PRESENT;
    }

    private static Token governingVerb(List<Token> tokens, int first, int last) {
        for (int i = first; i <= last; i++) {
            Token t = tokens.get(i);
            for (int step = 0; step < MAX_CLIMB && t.head() != null && t.head() >= 0; step++) {
                Token h = tokens.get(t.head());
                if (h.index() >= first && h.index() <= last) {
                    break;
                }
                if ("VERB".equals(h.pos()) || hasCopula(tokens, h)) {
                    return h;
                }
                t = h;
            }
        }
        return null;
    }

    /** A predicate noun or adjective with its copula ("était malade mardi"). */
    private static boolean hasCopula(List<Token> tokens, Token head) {
        for (Token t : tokens) {
            if (t.sentence() == head.sentence() && t.head() != null && t.head() == head.index()
                    && "cop".equals(t.deprel())) {
                return true;
            }
        }
        return false;
    }

    private static Token nearestVerb(List<Token> tokens, int first, int last, int lo, int hi) {
        Token best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = lo; i < hi; i++) {
            Token t = tokens.get(i);
            if (!"VERB".equals(t.pos()) || (i >= first && i <= last)) {
                continue;
            }
            int d = i < first ? first - i : i - last;
            if (d < bestDistance) {
                best = t;
                bestDistance = d;
            }
        }
        return best;
    }

    private static Optional<Token> firstAuxChild(List<Token> tokens, Token verb, int lo, int hi) {
        for (int i = lo; i < hi; i++) {
            Token t = tokens.get(i);
            if (t.head() != null && t.head() == verb.index() && t.deprel() != null
                    && (t.deprel().startsWith("aux") || t.deprel().equals("cop")) && !"aux:caus".equals(t.deprel())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static Optional<Token> auxBefore(List<Token> tokens, Token verb, int lo) {
        Token found = null;
        for (int i = verb.index() - 1; i >= Math.max(lo, verb.index() - AUX_WINDOW); i--) {
            Token t = tokens.get(i);
            if ("AUX".equals(t.pos())) {
                found = t;
            } else if (!"ADV".equals(t.pos()) && !"PRON".equals(t.pos()) && !"PART".equals(t.pos())) {
                break;
            }
        }
        return Optional.ofNullable(found);
    }
}
