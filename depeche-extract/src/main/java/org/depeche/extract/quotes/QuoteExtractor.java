package org.depeche.extract.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.depeche.model.Document;
import org.depeche.model.Entity;
import org.depeche.model.EntityMention;
import org.depeche.model.Layer;
import org.depeche.model.MentionKind;
import org.depeche.model.Quote;
import org.depeche.model.Sentence;
import org.depeche.model.SourceRef;
import org.depeche.model.Stage;
import org.depeche.model.TextSpan;
import org.depeche.model.Token;
import org.depeche.nlp.LanguageProfile;
import org.depeche.nlp.Lemmatizer;

/**
 * Finds speech in an article and attributes it: direct quotes between quote marks, reported
 * clauses ("X a affirmé que …", "…, ont rapporté les agences"), and clauses under a source
 * marker ("selon X, …"); for each, the cue, the speaker and the sources it came through.
 *
 * <p>Reads tokens with POS, the dependency parse (Universal Dependencies) and NER mentions;
 * writes {@link Layer#QUOTES}. When the document has entity clusters, the speaker's
 * {@link SourceRef#entity()} is the cluster of its mention; otherwise only {@code mention} is set.
 *
 * <p>How it decides:
 * <ul>
 *   <li>Quote marks are paired on the raw text ({@link QuoteMarks}); a quoted span is speech when
 *       a reporting cue governs it in the parse (or stands in its sentence), when a source marker
 *       ("selon") stands in its sentence, or when it is long enough to be a sentence of someone's
 *       (five words or more). Short quoted words with no cue are scare quotes or names; quoted
 *       words after a title word ("intitulée «…»") are titles.</li>
 *   <li>Reported clauses are the clausal complement (ccomp, "que …", an infinitive) of a speech
 *       cue; the clause before a post-posed cue with an inverted subject; the rest of the clause of
 *       a "selon X". Reported clauses holding a direct quote are not quotes themselves: only the
 *       words inside the marks are (a mixed quote).</li>
 *   <li>The speaker is the cue's subject (an inverted one too), the agent of a passive cue, the
 *       noun a participle cue hangs on ("le président évoquant «…»"), or the object of "selon";
 *       a pronoun is resolved to the nearest earlier speaker or subject that agrees with it.
 *       Its span is the entity mention on the speaker's head word, or its noun phrase.</li>
 * </ul>
 * Cues, markers, quote marks and pronouns are data, per language, under
 * {@code org/depeche/lang/<lang>/quotes/}.
 */
public final class QuoteExtractor implements Stage {

    /** A cue this many words from a quote, in the same sentence, may introduce it even with no link in the parse. */
    static final int NEAR_CUE = 6;

    /** Quoted spans of at least this many words are speech even with no cue. */
    static final int MIN_WORDS_WITHOUT_CUE = 5;

    /** Relative pronouns: a cue whose subject is one speaks for the noun the clause hangs on. */
    private static final String RELATIVES = "RELATIVE_PRONOUN"; // a closed class of the pack (words.tsv)
    /** Endings of French and English past participles (an acl cue with one is passive). */
    private static final String PARTICIPLE_ENDINGS = "PARTICIPLE_ENDING"; // a closed class of the pack (words.tsv)

    /**
     * Rules that can be switched off to measure them: the system property {@code depeche.quotes.off}
     * is a comma-separated list of {@code cluster} (pronoun speakers through the entity layer),
     * {@code colon} (the speaker before a colon), {@code continue} (a quote going on after reported
     * words or a speech cue of the sentence before), {@code names} (quoted proper names are no quotes),
     * {@code headline} (quoted words closing their line without a full stop are a headline or a title).
     */
    static final Set<String> OFF = Set.of(System.getProperty("depeche.quotes.off", "").split(","));

    /** With {@code depeche.quotes.cluster=last}, the entity layer's antecedent is taken only where the local resolver finds none. */
    static final boolean CLUSTER_LAST = "last".equals(System.getProperty("depeche.quotes.cluster", "last"));

    private final QuoteLexicon lex;
    private final Lemmatizer lemmatizer;

    /** The extractor for a language with quote data ({@link #supports(String)}). */
    public QuoteExtractor(String lang) {
        this.lex = QuoteLexicon.forLanguage(lang);
        Lemmatizer l = null;
        try {
            l = Lemmatizer.named(LanguageProfile.load(lang).properties().getProperty(LanguageProfile.LEMMATIZER));
        } catch (IllegalArgumentException e) {
            // a language without an NLP profile: lemmas come from the tokens alone
        }
        this.lemmatizer = l;
    }

    /** True if the language has quote data. */
    public static boolean supports(String lang) {
        return QuoteLexicon.supports(lang);
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TOKENS, Layer.POS, Layer.DEPPARSE);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.QUOTES);
    }

    @Override
    public Set<Layer> uses() {
        return EnumSet.of(Layer.LEMMA, Layer.NER, Layer.ENTITIES);
    }

    /**
     * The parse is read around speech only: a sentence needs one when it holds a quote mark, a
     * reporting cue the extractor would take as one (a verb or adjective whose lemma starts a cue
     * of the lexicon, with the cue's further words after it), a source-marker phrase ("selon",
     * "according to"), or a source preposition opening the sentence ("Pour X, «…»"). A word that
     * is only the first word of a cue ("faire" of "faire valoir"), a cue lemma used as a noun, or
     * "pour" inside a sentence asks for nothing: the extractor never reads them as speech.
     */
    @Override
    public boolean needsParse(List<Token> sentenceWords) {
        boolean opening = true; // nothing but punctuation and conjunctions before this word
        for (int i = 0; i < sentenceWords.size(); i++) {
            Token t = sentenceWords.get(i);
            String w = lower(t);
            for (QuoteLexicon.MarkPair m : lex.marks) {
                if (w.indexOf(m.open()) >= 0 || w.indexOf(m.close()) >= 0) {
                    return true;
                }
            }
            if (opening && lex.accordingDirect.contains(w) || startsAccording(sentenceWords, i) || startsCue(sentenceWords, i)) {
                return true;
            }
            opening &= "PUNCT".equals(t.pos()) || "CCONJ".equals(t.pos())
                    || t.text().codePoints().noneMatch(Character::isLetterOrDigit);
        }
        return false;
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
    }

    /** The lemmas a word may get in {@link ParsedDoc} (the token's own, the lemmatizer's), and its form. */
    private List<String> lemmasOf(Token t) {
        List<String> out = new ArrayList<>(3);
        out.add(lower(t));
        if (t.lemma() != null) {
            out.add(t.lemma().toLowerCase(java.util.Locale.ROOT).replace('’', '\''));
        }
        if (lemmatizer != null) {
            out.add(lemmatizer.lemma(t.text(), t.pos()).toLowerCase(java.util.Locale.ROOT).replace('’', '\''));
        }
        return out;
    }

    /** A cue starts at word {@code i} as {@code Run.matchCue} reads one (a phrase running past the sentence counts). */
    private boolean startsCue(List<Token> words, int i) {
        String pos = words.get(i).pos() == null ? "" : words.get(i).pos();
        if (!(pos.isEmpty() || pos.equals("VERB") || pos.equals("ADJ"))) {
            return false;
        }
        for (String lemma : lemmasOf(words.get(i))) {
            for (QuoteLexicon.Cue cue : lex.cues.getOrDefault(lemma, List.of())) {
                int k = i;
                boolean ok = true;
                for (String f : cue.following()) {
                    if (++k >= words.size()) {
                        break; // the phrase runs into the next sentence: parse, to be safe
                    }
                    if (!lemmasOf(words.get(k)).contains(f)) {
                        ok = false;
                        break;
                    }
                }
                if (ok) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A source-marker phrase starts at word {@code i} (a phrase running past the sentence counts). */
    private boolean startsAccording(List<Token> words, int i) {
        for (List<String> phrase : lex.according) {
            boolean ok = true;
            for (int k = 0; ok && k < phrase.size() && i + k < words.size(); k++) {
                ok = lower(words.get(i + k)).equals(phrase.get(k));
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Document apply(Document doc) {
        if (doc.tokens().isEmpty()) {
            return doc.withQuotes(List.of());
        }
        return doc.withQuotes(new Run(new ParsedDoc(doc, lemmatizer), lex).quotes());
    }

    /** A quote being built. */
    private static final class Cand {
        int start;
        int end;
        Quote.QuoteKind kind;
        int sentence;
        int cueFirst = -1;
        int cueLast = -1;
        /** The word naming the speaker as the text gives it (maybe a pronoun); -1 if none. */
        int raw = -1;
        /** The speaker after pronoun resolution. */
        int speaker = -1;
        /** A quote with no cue continuing the previous one: same speaker. */
        boolean continues;
        List<Integer> via = new ArrayList<>();

        Cand(int start, int end, int sentence, Quote.QuoteKind kind) {
            this.start = start;
            this.end = end;
            this.sentence = sentence;
            this.kind = kind;
        }
    }

    /** The state of one document's extraction. */
    private static final class Run {
        private final ParsedDoc p;
        private final QuoteLexicon lex;
        private final String text;
        private final int n;
        /** For a cue word, the last word of its cue phrase; -1 elsewhere. */
        private final int[] cueEnd;
        private final boolean[] speechCue;
        private final boolean[] inQuote;
        private final List<Cand> direct = new ArrayList<>();
        private final List<Cand> indirect = new ArrayList<>();
        private final Map<String, Entity> entityOf = new HashMap<>();
        private final Map<String, EntityMention> mentionById = new HashMap<>();

        Run(ParsedDoc p, QuoteLexicon lex) {
            this.p = p;
            for (Entity e : p.doc.entities()) {
                for (String m : e.mentions()) {
                    entityOf.put(m, e);
                }
            }
            for (EntityMention m : p.doc.mentions()) {
                mentionById.put(m.id(), m);
            }
            this.lex = lex;
            this.text = p.doc.text();
            this.n = p.tokens.size();
            this.cueEnd = new int[n];
            this.speechCue = new boolean[n];
            this.inQuote = new boolean[n];
            for (int i = 0; i < n; i++) {
                cueEnd[i] = -1;
                matchCue(i);
            }
        }

        private void matchCue(int i) {
            String pos = p.pos(i);
            if (!(pos.isEmpty() || pos.equals("VERB") || pos.equals("ADJ"))) {
                return;
            }
            List<QuoteLexicon.Cue> cues = lex.cues.get(p.lemmas[i]);
            if (cues == null) {
                return;
            }
            for (QuoteLexicon.Cue cue : cues) {
                int end = i;
                boolean ok = true;
                for (String w : cue.following()) {
                    end++;
                    if (end >= n || !(p.lower(end).equals(w) || p.lemmas[end].equals(w))) {
                        ok = false;
                        break;
                    }
                }
                if (ok && (cueEnd[i] < 0 || cue.speech())) {
                    cueEnd[i] = end;
                    speechCue[i] = cue.speech();
                }
            }
        }

        private boolean isCue(int i) {
            return i >= 0 && cueEnd[i] >= 0 && !inQuote[i];
        }

        List<Quote> quotes() {
            List<QuoteMarks.Marked> marks = QuoteMarks.find(text, lex.marks);
            List<int[]> spans = new ArrayList<>();
            for (QuoteMarks.Marked m : marks) {
                int[] span = m.start() >= 0 ? new int[] {m.start(), m.end()} : recoverStart(m.end(), spans);
                if (span != null) {
                    spans.add(span);
                    for (int t = p.tokenAtOrAfter(span[0]); t < n && p.tok(t).end() <= span[1]; t++) {
                        inQuote[t] = true;
                    }
                }
            }
            spans.sort(Comparator.comparingInt(a -> a[0]));
            for (int[] span : spans) {
                directQuote(span);
            }
            for (int c = 0; c < n; c++) {
                if (isCue(c) && speechCue[c]) {
                    reportedClause(c);
                }
            }
            for (int i = 0; i < n; i++) {
                int len = matchAccordingPhrase(i);
                if (len > 0 && !inQuote[i]) {
                    according(i, len);
                }
            }
            List<Cand> all = new ArrayList<>(direct);
            all.addAll(indirect);
            all.sort(Comparator.comparingInt(c -> c.start));
            for (int i = 0; i < all.size(); i++) {
                Cand q = all.get(i);
                List<Cand> earlier = all.subList(0, i);
                if (q.continues) {
                    for (int k = i - 1; k >= 0; k--) {
                        Cand prev = all.get(k);
                        if (q.sentence - prev.sentence > 2) {
                            break;
                        }
                        if (prev.kind != Quote.QuoteKind.INDIRECT || prev.speaker >= 0 && !OFF.contains("continue")) {
                            // the same speaker goes on, after their quote or their reported words
                            q.speaker = prev.speaker;
                            q.via.addAll(prev.via);
                            break;
                        }
                    }
                    if (q.speaker < 0 && sentenceInitial(q) && !OFF.contains("continue")) {
                        q.speaker = resolve(cueSubjectOfSentence(q.sentence - 1), earlier, q.sentence);
                    }
                } else {
                    q.speaker = resolve(q.raw, earlier, q.sentence);
                }
                if (q.speaker >= 0 && !canName(q.speaker)) {
                    q.speaker = -1; // "Épuisée, affirme que …": a parse error, not a speaker's noun phrase
                }
            }
            return build(all);
        }

        /** A quote that opens its sentence (nothing but punctuation before its first word). */
        private boolean sentenceInitial(Cand q) {
            Sentence s = p.doc.sentences().get(q.sentence);
            int first = p.tokenAtOrAfter(q.start);
            for (int t = s.firstToken(); t < first; t++) {
                if (!p.isPunct(t)) {
                    return false;
                }
            }
            return true;
        }

        /** The speaker of a speech cue of a sentence, outside quotes ("X s'est exprimé devant la presse."), or -1. */
        private int cueSubjectOfSentence(int sentence) {
            if (sentence < 0) {
                return -1;
            }
            Sentence s = p.doc.sentences().get(sentence);
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                if (isCue(t) && speechCue[t] && !isNegated(t)) {
                    int sp = rawSpeaker(t, 0);
                    if (sp >= 0 && !inQuote[sp] && !isPlace(sp) && isAgent(sp)) {
                        return sp;
                    }
                }
            }
            return -1;
        }

        // ---- direct quotes -------------------------------------------------------------------

        /** A closing mark with no opening one: the quote starts where the phrase ending there starts. */
        private int[] recoverStart(int end, List<int[]> before) {
            int last = -1;
            for (int t = 0; t < n && p.tok(t).end() <= end; t++) {
                last = t;
            }
            if (last < 0) {
                return null;
            }
            Sentence s = p.sentenceOf(last);
            int cur = last;
            for (int guard = 0; guard < 50; guard++) {
                int h = p.head(cur);
                if (h < s.firstToken() || h >= s.endToken() || h > last) {
                    break;
                }
                String pos = p.pos(h);
                if (pos.equals("VERB") || pos.equals("AUX")) {
                    break;
                }
                cur = h;
            }
            int first = cur;
            for (int t : p.subtree(cur)) {
                if (t < first && t >= s.firstToken()) {
                    first = t;
                }
            }
            int start = p.tok(first).start();
            for (int[] b : before) {
                if (b[1] > start && b[0] < end) {
                    return null;
                }
            }
            return start < end ? new int[] {start, end} : null;
        }

        private void directQuote(int[] span) {
            int first = p.tokenAtOrAfter(span[0]);
            int last = first - 1;
            int words = 0;
            for (int t = first; t < n && p.tok(t).end() <= span[1]; t++) {
                last = t;
                if (!p.isPunct(t)) {
                    words++;
                }
            }
            if (words == 0) {
                return;
            }
            int sentence = p.tok(first).sentence();
            Sentence s = p.doc.sentences().get(sentence);
            if (isTitle(first, last, s)) {
                return;
            }
            Cand q = new Cand(span[0], span[1], sentence, Quote.QuoteKind.DIRECT);
            int after = afterQuote(last);
            int cue = governingCue(first, last, s);
            if (cue < 0 && after >= 0 && isCue(after)) {
                cue = after; // "«…», a confié son patron."
            }
            if (cue < 0 && (after < 0 || matchAccording(after) == 0)) {
                cue = nearestCue(first, last, s);
            }
            int acc = after >= 0 && matchAccording(after) > 0 ? after : accordingIn(s, first);
            if (cue >= 0) {
                setCue(q, cue);
                q.raw = rawSpeaker(cue, 0);
                if (q.raw < 0 && acc < 0 && !isPassive(cue)) {
                    q.raw = nameBefore(cueStart(cue));
                }
                q.via.addAll(via(cue, q.raw));
            }
            if (q.raw >= 0 && acc >= 0 && acc < first && isSentenceInitial(acc)) {
                if (isAgent(q.raw)) {
                    // "Selon X, l'autorité a fait part «…»": the speaker's words reach us through X
                    int obj = accordingObject(acc);
                    int x = sourceOf(obj);
                    if (x >= 0 && x != q.raw && !q.via.contains(x) && !p.dominates(obj, cue)) {
                        q.via.add(x);
                    }
                } else {
                    q.raw = -1; // "D'après X, ces éléments semblent confirmer «…»": X is the source
                }
            }
            if (q.raw < 0 && acc >= 0) {
                int x = accordingObject(acc);
                q.cueFirst = acc;
                q.cueLast = acc + matchAccording(acc) - 1;
                q.raw = sourceOf(x);
                q.via.clear();
                q.via.addAll(via(-1, x));
            }
            if (q.raw < 0 && q.cueFirst < 0) {
                q.raw = clauseSubject(first, last, s); // "Les députés veulent limiter «…»"
            }
            if (q.raw < 0 && q.cueFirst < 0 && !OFF.contains("colon")) {
                q.raw = beforeColon(first, s); // "Le ministre, sur son blog : «…»"
            }
            if ((cue < 0 || !speechCue[cue]) && acc < 0 && !OFF.contains("names") && isName(first, last)) {
                return; // a name in quote marks ("le «Grand Projet»"): nobody is said to utter it
            }
            if (q.raw < 0 && words < MIN_WORDS_WITHOUT_CUE && (cue < 0 || isPassive(cue))) {
                return; // scare quotes, or "qualifié de «héros»" with nobody said to say it
            }
            if (q.raw < 0 && q.cueFirst < 0 && !OFF.contains("headline") && !afterColon(first, s) && isHeadline(span)) {
                return; // a quoted headline or title closing its line, with nobody said to say it
            }
            if (q.raw < 0 && q.cueFirst < 0) {
                // a sentence of its own goes on with the previous speaker; verbless words are nobody's
                boolean clause = false;
                for (int t = first; t <= last; t++) {
                    clause |= p.rel(t).equals("nsubj") && !p.pos(t).isEmpty();
                }
                q.continues = clause;
            }
            direct.add(q);
        }

        /**
         * A person or organisation that is the subject of a verb the quote depends on, in the same
         * sentence, when no cue does: the quoted words are part of what that subject does or says
         * ("X veut limiter «…»", "X, «…» Y"). Never a subject inside the quote, never through another
         * subject, never a place, a date or a word that is not a name or a speaking role.
         */
        private int clauseSubject(int first, int last, Sentence s) {
            for (int t = first; t <= last; t++) {
                int h = p.head(t);
                if (h >= first && h <= last) {
                    continue;
                }
                int cur = t;
                for (int guard = 0; guard < 8; guard++) {
                    String r = p.rel(cur);
                    if (r.equals("nsubj") || r.equals("csubj") || r.equals("root") && cur != t && !isVerb(cur)) {
                        break;
                    }
                    int up = p.head(cur);
                    if (up < s.firstToken() || up >= s.endToken()) {
                        break;
                    }
                    if (isVerb(up) && !isPassive(up)) {
                        for (int ch : p.childrenWith(up, "nsubj")) {
                            if (!inQuote[ch] && isNamedAgent(ch)) {
                                return ch;
                            }
                        }
                    }
                    cur = up;
                }
                return -1;
            }
            return -1;
        }

        /**
         * The speaker a colon right before a quote introduces: the subject of the last verb before
         * the colon, or, where no verb stands there ("Le ministre : «…»"), the first person or
         * organisation named before it. Never a place, never a word inside another quote.
         */
        private int beforeColon(int first, Sentence s) {
            int colon = first - 1;
            while (colon >= s.firstToken() && isMark(colon, true)) {
                colon--;
            }
            if (colon <= s.firstToken() || !p.lower(colon).equals(":")) {
                return -1;
            }
            int from = s.firstToken();
            for (int t = colon - 1; t >= s.firstToken(); t--) {
                if (inQuote[t] || p.lower(t).equals(":") || p.lower(t).equals(".")) {
                    from = t + 1;
                    break;
                }
            }
            for (int t = colon - 1; t >= from; t--) {
                if (p.pos(t).equals("VERB") && p.rel(t).equals("root") || p.pos(t).equals("VERB") && t == colon - 1) {
                    for (int ch : p.childrenWith(t, "nsubj")) {
                        if (ch >= from && !inQuote[ch] && !isPlace(ch) && !p.deprel(ch).equals("nsubj:pass")
                                && (isNamedAgent(ch) || lex.pronouns.containsKey(p.lower(ch)))) {
                            return sourceOf(ch);
                        }
                    }
                    return -1;
                }
            }
            for (int t = from; t < colon; t++) {
                if (p.pos(t).equals("VERB")) {
                    return -1;
                }
            }
            for (int t = from; t < colon; t++) {
                if (p.isNominal(t) && isNamedAgent(t) && caseOf(t) == null) {
                    EntityMention m = p.mentionOf[t];
                    return m != null && m.kind() == MentionKind.NAME ? m.endToken() - 1 : t;
                }
            }
            return -1;
        }

        /**
         * Quoted words that close their line (nothing after the closing mark but spaces before a line
         * break or the end of the text) without a full stop, "!" or "?" of their own: the form of a
         * headline or of a cited title ("Page mise à jour — «Titre de l'article»").
         */
        private boolean isHeadline(int[] span) {
            int close = span[1];
            while (close < text.length() && !Character.isLetterOrDigit(text.charAt(close))
                    && text.charAt(close) != '\n' && close - span[1] < 3) {
                if (text.charAt(close) == '.' || text.charAt(close) == '!' || text.charAt(close) == '?') {
                    return false;
                }
                close++;
            }
            if (close < text.length() && text.charAt(close) != '\n') {
                return false;
            }
            for (int k = span[1] - 1; k >= span[0]; k--) {
                char c = text.charAt(k);
                if (Character.isWhitespace(c)) {
                    continue;
                }
                return Character.isLetterOrDigit(c);
            }
            return false;
        }

        /** Quoted words right after a colon ("… du tracé : «…»"): announced as someone's words. */
        private boolean afterColon(int first, Sentence s) {
            int t = first - 1;
            while (t >= s.firstToken() && isMark(t, true)) {
                t--;
            }
            return t >= s.firstToken() && p.lower(t).equals(":");
        }

        /** A quote-mark token (an opening or closing mark of the language). */
        private boolean isMark(int t, boolean any) {
            String w = p.tok(t).text();
            for (QuoteLexicon.MarkPair m : lex.marks) {
                if (w.equals(String.valueOf(m.open())) || w.equals(String.valueOf(m.close()))) {
                    return true;
                }
            }
            return false;
        }

        /** Quoted words that are a proper name: every word capitalised and a proper noun or a named mention. */
        private boolean isName(int first, int last) {
            int words = 0;
            for (int t = first; t <= last; t++) {
                if (p.isPunct(t)) {
                    continue;
                }
                words++;
                String w = p.tok(t).text();
                EntityMention m = p.mentionOf[t];
                boolean named = p.pos(t).equals("PROPN") || m != null && m.kind() == MentionKind.NAME;
                if (!named || !Character.isUpperCase(w.codePointAt(0))) {
                    return false;
                }
            }
            return words > 0 && words <= 3;
        }

        private boolean isVerb(int t) {
            String pos = p.pos(t);
            return pos.equals("VERB") || pos.equals("AUX");
        }

        /** A name of a person or an organisation, or a noun of a speaking role. */
        private boolean isNamedAgent(int t) {
            EntityMention m = p.mentionOf[t];
            if (m != null && m.kind() == MentionKind.NAME) {
                return !m.type().code().equals("LOC") && !m.type().code().equals("MISC");
            }
            return lex.roles.contains(p.lemmas[t]) || lex.roles.contains(p.lower(t));
        }

        /** Quoted words right after a title word ("intitulée «…»", "le titre de «…»") name something. */
        private boolean isTitle(int first, int last, Sentence s) {
            int seen = 0;
            for (int t = first - 1; t >= s.firstToken() && seen < 3; t--) {
                if (p.isPunct(t)) {
                    continue;
                }
                if (lex.titles.contains(p.lemmas[t]) || lex.titles.contains(p.lower(t))) {
                    return true;
                }
                seen++;
                String pos = p.pos(t);
                if (!(pos.equals("DET") || pos.equals("ADP"))) {
                    break;
                }
            }
            for (int t = first; t <= last; t++) {
                int h = p.head(t);
                if ((h < first || h > last) && h >= 0 && !inQuote[h]
                        && (lex.titles.contains(p.lemmas[h]) || lex.titles.contains(p.lower(h)))) {
                    return true;
                }
            }
            return false;
        }

        /** The cue or source marker just after a quote's closing mark ("» , a-t-il dit", "», selon X"), or -1. */
        private int afterQuote(int last) {
            int t = last + 1;
            int skipped = 0;
            while (t < n && skipped < 4 && (p.isPunct(t) || inQuote[t]) && !isSentenceEnd(t)) {
                t++;
                skipped++;
            }
            if (t < n && lineBreakBefore(t)) {
                return -1; // the next paragraph is not the quote's incise
            }
            if (t >= n || skipped == 0) {
                return -1;
            }
            if (matchAccording(t) > 0) {
                return t;
            }
            for (int k = t; k < Math.min(n, t + 3); k++) {
                if (isCue(k)) {
                    return k;
                }
                String pos = p.pos(k);
                if (!(pos.equals("AUX") || pos.equals("ADV") || p.lower(k).startsWith("-"))) {
                    break;
                }
            }
            return -1;
        }

        private boolean lineBreakBefore(int t) {
            int gap = p.tok(t - 1).end();
            return gap < p.tok(t).start() && text.substring(gap, p.tok(t).start()).indexOf('\n') >= 0;
        }

        private boolean isSentenceEnd(int t) {
            String w = p.lower(t);
            return !inQuote[t] && (w.equals(".") || w.equals("!") || w.equals("?") || w.equals("…"));
        }

        /** A word that can name a speaker: a name, a pronoun, or a noun of a speaking role. */
        private boolean isAgent(int t) {
            return p.mentionOf[t] != null || p.pos(t).equals("PRON") || lex.roles.contains(p.lemmas[t])
                    || lex.roles.contains(p.lower(t));
        }

        /** A name (entity mention) ending just before a cue, when the parse gives the cue no subject. */
        private int nameBefore(int cueStart) {
            for (int t = cueStart - 1; t >= Math.max(0, cueStart - 3); t--) {
                EntityMention m = p.mentionOf[t];
                if (m != null && p.tok(t).sentence() == p.tok(cueStart).sentence()) {
                    return m.endToken() - 1;
                }
            }
            return -1;
        }

        /** A cue among the ancestors of the quote's words, within the sentence. */
        private int governingCue(int first, int last, Sentence s) {
            for (int t = first; t <= last; t++) {
                int h = p.head(t);
                if (h >= first && h <= last) {
                    continue;
                }
                int cur = h;
                boolean inSubject = p.rel(t).equals("nsubj") || p.rel(t).equals("csubj");
                for (int guard = 0; cur >= s.firstToken() && cur < s.endToken() && guard < 8; guard++) {
                    if (isCue(cur)) {
                        // words inside the cue's subject are not what it reports
                        return inSubject ? -1 : cur;
                    }
                    inSubject |= p.rel(cur).equals("nsubj") || p.rel(cur).equals("csubj");
                    cur = p.head(cur);
                }
            }
            return -1;
        }

        /** The cue of the sentence nearest the quote, outside any quote. */
        private int nearestCue(int first, int last, Sentence s) {
            int best = -1;
            int bestDist = Integer.MAX_VALUE;
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                if (!isCue(t)) {
                    continue;
                }
                int d = 0;
                for (int k = Math.min(t, last) + 1; k < Math.max(t, first); k++) {
                    if (!inQuote[k] && !p.isPunct(k)) {
                        d++; // words between, other quotes and punctuation aside
                    }
                }
                if (d > NEAR_CUE && p.head(t) >= 0) {
                    continue; // a cue far from the quote, in another clause
                }
                if (d < bestDist || (d == bestDist && speechCue[t])) {
                    best = t;
                    bestDist = d;
                }
            }
            return best;
        }

        // ---- reported clauses ----------------------------------------------------------------

        private void reportedClause(int c) {
            Sentence s = p.sentenceOf(c);
            int clause = clauseOf(c);
            if (clause >= 0 && isCue(clause) && !hasMark(clause)) {
                return; // "…», a-t-il fustigé, tout en affirmant «…»": a cue, not what is reported
            }
            if (isNegated(c)) {
                return; // "X n'a pas dit que …", "X has not said how …": nothing is reported
            }
            int from;
            int to;
            if (clause >= 0) {
                int[] ext = p.extent(clause);
                from = Math.max(ext[0], s.firstToken());
                to = Math.min(ext[1], s.endToken() - 1);
                if (isMarkWord(from) && from > c) {
                    // "que" opens the rest of the cue's clause, however the parser split it
                    to = Math.min(Math.max(to, p.extent(c)[1]), s.endToken() - 1);
                }
                if (ext[0] < c && ext[1] > c) {
                    to = c - 1; // a clause parsed around its cue: keep the part before it
                }
            } else if (postposed(c)) {
                from = s.firstToken();
                to = cueStart(c) - 1;
                for (int t = to; t >= from; t--) {
                    if (inQuote[t] || p.lower(t).equals(":")) {
                        from = t + 1;
                        break;
                    }
                }
                while (from <= to && p.isPunct(from)) {
                    from++;
                }
                for (int t = from; t <= to && t <= from + 3; t++) {
                    if (isCue(t) && cueStart(t) <= from) {
                        return; // "…», a-t-il dit, ajoutant …": the words before are another cue
                    }
                }
            } else {
                return;
            }
            while (from <= to && (p.isPunct(from) || isMark(from) || (from > c && isMarkWord(from)))) {
                from++;
            }
            to = clauseEnd(from, to);
            if (wordsIn(from, to) < 3) {
                return;
            }
            for (Cand d : direct) {
                if (d.start < p.tok(to).end() && p.tok(from).start() < d.end) {
                    // only the words inside the marks are a quote; a reported clause that goes on
                    // to hold quoted words elsewhere keeps its part before them
                    int cut = from;
                    int comma = -1;
                    while (cut <= to && p.tok(cut).end() <= d.start) {
                        if (p.lower(cut).equals(",")) {
                            comma = cut;
                        }
                        cut++;
                    }
                    if (d.start <= p.tok(from).start() + 2 || comma < 0 || wordsIn(from, comma - 1) < 3) {
                        d.kind = Quote.QuoteKind.MIXED;
                        return;
                    }
                    to = comma - 1;
                }
            }
            Cand q = reported(from, to, s);
            if (q == null) {
                return;
            }
            setCue(q, c);
            q.raw = rawSpeaker(c, 0);
            if (q.raw < 0 && !isPassive(c)) {
                q.raw = nameBefore(cueStart(c));
            }
            if (q.raw < 0) {
                return; // "Rappelons que …", "Force est de constater que …": nobody is reported
            }
            q.via.addAll(via(c, q.raw));
            indirect.add(q);
        }

        /**
         * The last word of reported words running from {@code from} to at most {@code to}: they stop
         * at a line break and before ", mais …" / ", alors que …" (a clause-break word after a comma).
         */
        private int clauseEnd(int from, int to) {
            for (int t = from + 1; t <= to; t++) {
                if (lineBreakBefore(t)) {
                    to = t - 1;
                    break;
                }
                if (p.lower(t - 1).equals(",") && lex.clauseBreaks.contains(p.lower(t)) && !inQuote[t]) {
                    to = t - 2;
                    break;
                }
            }
            while (to >= from && p.isPunct(to)) {
                to--;
            }
            return to;
        }

        /** A clause opened by "que" / "that": what a cue reports, whatever its own verb. */
        private boolean hasMark(int v) {
            for (int ch : p.childrenWith(v, "mark")) {
                if (isMark(ch)) {
                    return true;
                }
            }
            return false;
        }

        /** A verb with a negation among its modifiers ("pas", "jamais", "not", "never"). */
        private boolean isNegated(int v) {
            for (int ch : p.children(v)) {
                if (lex.negations.contains(p.lower(ch)) && p.rel(ch).equals("advmod")) {
                    return true;
                }
            }
            return false;
        }

        private boolean isMark(int t) {
            String w = p.lower(t);
            return p.deprel(t).equals("mark") && lex.words.set("COMPLEMENTIZER").contains(w);
        }

        /** The clause a speech cue reports: its clausal complement, "que …", or an infinitive. */
        private int clauseOf(int c) {
            for (int ch : p.children(c)) {
                String r = p.rel(ch);
                if (inQuote[ch]) {
                    continue;
                }
                if (ch > c && ch <= cueEnd[c]) {
                    // a word of the cue phrase ("fait valoir que …"): the clause hangs on it
                    for (int gc : p.children(ch)) {
                        if (!inQuote[gc] && p.rel(gc).equals("ccomp")
                                || (isMark(p.extent(gc)[0]) || isMarkWord(p.extent(gc)[0])) && gc > ch) {
                            return gc;
                        }
                    }
                    continue;
                }
                if (r.equals("ccomp")) {
                    return ch;
                }
                int first = p.extent(ch)[0];
                if ((r.equals("obj") || r.equals("advcl") || r.equals("xcomp") || r.equals("csubj")
                        || r.equals("parataxis") || r.equals("dep")) && (isMark(first) || isMarkWord(first))) {
                    return ch;
                }
                if (r.equals("xcomp") && p.pos(ch).equals("VERB") && isInfinitiveClause(ch)) {
                    return ch;
                }
                if (r.equals("parataxis") && ch < c && p.pos(ch).equals("VERB")) {
                    return ch;
                }
            }
            return -1;
        }

        private boolean isMarkWord(int t) {
            String w = p.lower(t);
            return lex.words.set("COMPLEMENTIZER_UNAMBIGUOUS").contains(w);
        }

        /** "avoir tiré", "être parti", "vouloir …": a clause whose first verb is an infinitive. */
        private boolean isInfinitiveClause(int v) {
            int first = p.extent(v)[0];
            for (int t = first; t <= v; t++) {
                String pos = p.pos(t);
                if (pos.equals("VERB") || pos.equals("AUX")) {
                    return p.lower(t).equals(p.lemmas[t]);
                }
            }
            return false;
        }

        /** "…, a affirmé TASS", "…, ont rapporté les agences", "…, a-t-il ajouté". */
        private boolean postposed(int c) {
            int before = cueStart(c) - 1;
            Sentence s = p.sentenceOf(c);
            if (before <= s.firstToken() || !(p.lower(before).equals(",") || inQuote[before])) {
                return false;
            }
            if (isPassive(c)) {
                return false; // "…, a été rejetée par X": the words before are the passive's subject
            }
            int sp = rawSpeaker(c, 0);
            return sp > c || (sp >= 0 && p.lower(sp).startsWith("-"));
        }

        private int cueStart(int c) {
            int first = c;
            for (int ch : p.children(c)) {
                if (ch < first && (p.rel(ch).equals("aux") || (p.rel(ch).equals("advmod") && ch > c - 4))) {
                    first = ch;
                }
            }
            return first;
        }

        /** Reported words {@code from}..{@code to} as a candidate, or null where they overlap reported words found already. */
        private Cand reported(int from, int to, Sentence s) {
            int start = p.tok(from).start();
            int end = p.tok(to).end();
            return overlapsIndirect(start, end) ? null : new Cand(start, end, s.index(), Quote.QuoteKind.INDIRECT);
        }

        private boolean overlapsIndirect(int start, int end) {
            for (Cand q : indirect) {
                if (q.start < end && start < q.end) {
                    return true;
                }
            }
            return false;
        }

        private int wordsIn(int from, int to) {
            int w = 0;
            for (int t = from; t <= to; t++) {
                if (!p.isPunct(t)) {
                    w++;
                }
            }
            return w;
        }

        // ---- source markers ("selon X") ------------------------------------------------------

        /** Number of words of a source marker starting at a word, or 0. */
        private int matchAccording(int i) {
            if (i >= 0 && i < n && lex.accordingDirect.contains(p.lower(i)) && isSentenceInitial(i)) {
                return 1;
            }
            return matchAccordingPhrase(i);
        }

        private boolean isSentenceInitial(int i) {
            Sentence s = p.sentenceOf(i);
            for (int t = s.firstToken(); t < i; t++) {
                if (!p.isPunct(t) && !p.pos(t).equals("CCONJ")) {
                    return false; // "Mais, pour X, …" opens its sentence too
                }
            }
            return true;
        }

        private int matchAccordingPhrase(int i) {
            for (List<String> words : lex.according) {
                boolean ok = i + words.size() <= n;
                for (int k = 0; ok && k < words.size(); k++) {
                    ok = p.lower(i + k).equals(words.get(k));
                }
                if (ok && i + words.size() < n) {
                    return words.size();
                }
            }
            return 0;
        }

        /** A source marker of the sentence outside quotes ("selon X"), or one opening it ("Pour X, «…»"), or -1. */
        private int accordingIn(Sentence s, int quoteFirst) {
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                if (!inQuote[t] && matchAccording(t) > 0) {
                    return t;
                }
            }
            int first = s.firstToken();
            while (first < quoteFirst && (p.isPunct(first) || p.pos(first).equals("CCONJ"))) {
                first++; // "Mais, pour X, «…»"
            }
            if (first < quoteFirst && lex.accordingDirect.contains(p.lower(first))) {
                for (int t = first + 1; t < quoteFirst; t++) {
                    if (p.lower(t).equals(",")) {
                        return first;
                    }
                }
            }
            return -1;
        }

        /** The noun a source marker introduces: the marker's head in the parse, else the next noun. */
        private int accordingObject(int m) {
            int len = matchAccording(m);
            int h = p.head(m);
            if (h > m && p.isNominal(h)) {
                return h;
            }
            Sentence s = p.sentenceOf(m);
            for (int t = m + len; t < s.endToken(); t++) {
                if (p.isNominal(t)) {
                    return t;
                }
            }
            return -1;
        }

        private void according(int m, int len) {
            int x = accordingObject(m);
            if (x < 0) {
                return;
            }
            Sentence s = p.sentenceOf(m);
            for (Cand d : direct) {
                if (d.start < s.end() && s.start() < d.end) {
                    return; // the marker attributes the sentence's quote (done with the quote)
                }
            }
            int phraseEnd = Math.max(x, m + len - 1);
            for (int t = phraseEnd + 1; t < s.endToken(); t++) {
                if (p.dominates(x, t)) {
                    phraseEnd = t; // the phrase is the marker and its noun's subtree
                } else if (!p.isPunct(t)) {
                    break;
                }
            }
            int first = s.firstToken();
            while (first < m && (p.isPunct(first) || p.pos(first).equals("CCONJ"))) {
                first++;
            }
            boolean restIsEmpty = wordsIn(phraseEnd + 1, s.endToken() - 1) == 0;
            if (first < m && (restIsEmpty || !p.lower(m - 1).equals(","))) {
                // "…, selon X." or "X représente un danger selon Y et …": the words before
                addAccording(m, len, x, s, first, m - 1);
            }
            if (first == m || !restIsEmpty) {
                int from = phraseEnd + 1;
                while (from - 1 > x && p.isPunct(from - 1)) {
                    from--;
                }
                if (first == m) {
                    from = afterApposition(from, s);
                }
                while (from < s.endToken() && (p.isPunct(from) || p.pos(from).equals("CCONJ"))) {
                    from++;
                }
                addAccording(m, len, x, s, from, s.endToken() - 1);
            }
        }

        /** "Selon X, un professeur à Y, …": skips a verbless segment between commas after the phrase. */
        private int afterApposition(int from, Sentence s) {
            if (from >= s.endToken() || !p.lower(from).equals(",")) {
                return from;
            }
            for (int t = from + 1; t < s.endToken(); t++) {
                String pos = p.pos(t);
                if (pos.equals("VERB") || pos.equals("AUX") || inQuote[t] || p.rel(t).equals("nsubj")) {
                    return from; // a clause, or the subject of one: not an apposition
                }
                if (p.lower(t).equals(",")) {
                    return t > from + 1 ? t + 1 : from;
                }
            }
            return from;
        }

        private void addAccording(int m, int len, int x, Sentence s, int from, int to) {
            while (from <= to && p.isPunct(from)) {
                from++;
            }
            to = clauseEnd(from, to);
            if (wordsIn(from, to) < 3) {
                return;
            }
            Cand q = reported(from, to, s);
            if (q == null) {
                return;
            }
            q.cueFirst = m;
            q.cueLast = m + len - 1;
            q.raw = sourceOf(x);
            q.via.addAll(via(-1, x));
            indirect.add(q);
        }

        // ---- speakers ------------------------------------------------------------------------

        /** The word naming whoever utters what a cue reports, before pronoun resolution. */
        private int rawSpeaker(int c, int depth) {
            if (c < 0 || depth > 3) {
                return -1;
            }
            for (int ch : p.childrenWith(c, "nsubj")) {
                if (p.deprel(ch).equals("nsubj:pass")) {
                    return agentOf(c);
                }
                if (inQuote[ch] || lex.notSpeakers.contains(p.lemmas[ch]) || lex.notSpeakers.contains(p.lower(ch))) {
                    continue;
                }
                if (lex.words.set(RELATIVES).contains(p.lower(ch)) && p.rel(c).equals("acl")) {
                    return relativeAntecedent(c, ch); // "un militant qui a crié «…»"
                }
                return sourceOf(ch);
            }
            if (!p.childrenWith(c, "aux:pass").isEmpty()) {
                return agentOf(c);
            }
            for (int ch : p.children(c)) {
                if (p.pos(ch).equals("PRON") && p.lower(ch).startsWith("-")) {
                    return ch; // "a-t-il dit"
                }
            }
            String r = p.rel(c);
            if (isBarePassive(c)) {
                return agentOf(c); // "qualifié de «…» par X"
            }
            if (r.equals("acl")) {
                return p.head(c); // "le président russe évoquant «…»", "un rapport … assurait que"
            }
            int before = cueStart(c) - 1;
            boolean afterComma = before >= 0 && (p.lower(before).equals(",") || inQuote[before]);
            if (speechCue[c] && (afterComma || r.equals("root"))) {
                for (int ch : p.children(c)) {
                    String cr = p.rel(ch);
                    if (ch > c && p.isNominal(ch) && !inQuote[ch] && caseOf(ch) == null
                            && (cr.equals("obj") || cr.equals("nmod") || cr.equals("obl") || cr.equals("appos")
                            || cr.equals("dep") || cr.equals("iobj"))) {
                        return sourceOf(ch); // an inverted subject: "…, a affirmé TASS"
                    }
                }
            }
            if ((r.equals("conj") || r.equals("advcl") || r.equals("xcomp") || r.equals("acl"))
                    && p.head(c) >= 0) {
                int sp = rawSpeaker(p.head(c), depth + 1);
                return sp >= 0 && inQuote[sp] ? -1 : sp;
            }
            return -1;
        }

        /**
         * The noun a relative cue speaks for: the word its clause hangs on, or, where the parse hangs
         * the clause on a verb, the noun right before the relative pronoun ("… a parlé à X, qui affirme
         * que …"); -1 when no noun stands there.
         */
        private int relativeAntecedent(int c, int relative) {
            int h = p.head(c);
            if (h >= 0 && canName(h)) {
                return h;
            }
            Sentence s = p.sentenceOf(relative);
            for (int t = relative - 1; t >= s.firstToken(); t--) {
                if (!p.isPunct(t)) {
                    return canName(t) && !inQuote[t] ? t : -1;
                }
            }
            return -1;
        }

        /** A word that can head a speaker's noun phrase: a noun, a pronoun, a number, or a word of a mention. */
        private boolean canName(int t) {
            return p.isNominal(t) || p.mentionOf[t] != null;
        }

        private boolean isPassive(int v) {
            boolean withBe = p.childrenWith(v, "aux").stream()
                    .anyMatch(a -> lex.words.set("AUX_PASSIVE").contains(p.lemmas[a]));
            return !p.childrenWith(v, "aux:pass").isEmpty() || isBarePassive(v) || withBe && endsLikeParticiple(v)
                    || p.childrenWith(v, "nsubj").stream().anyMatch(ch -> p.deprel(ch).equals("nsubj:pass"));
        }

        /** A past participle with no auxiliary hanging on a noun or a verb ("le frère, qualifié de «…»"). */
        private boolean isBarePassive(int v) {
            String r = p.rel(v);
            return (r.equals("acl") || r.equals("xcomp") || r.equals("advcl")) && isPassiveParticiple(v);
        }

        /** "qualifié", "décrites", "called": a bare past participle, whose noun is not the speaker. */
        private boolean isPassiveParticiple(int v) {
            return p.childrenWith(v, "aux").isEmpty() && endsLikeParticiple(v);
        }

        private boolean endsLikeParticiple(int v) {
            String w = p.lower(v);
            if (lex.words.list("IMPERFECT_ENDING").stream().anyMatch(w::endsWith)) {
                return false; // imperfect ("assurait"), not a participle
            }
            for (String end : lex.words.list(PARTICIPLE_ENDINGS)) {
                if (w.endsWith(end)) {
                    return true;
                }
            }
            return false;
        }

        /** The "par X" / "by X" agent of a verb. */
        private int agentOf(int v) {
            for (int ch : p.children(v)) {
                String c = caseOf(ch);
                if (c != null && lex.words.set("PREP_AGENT").contains(c)) {
                    return sourceOf(ch);
                }
            }
            return -1;
        }

        /** The lowercased case marker (preposition) of a nominal, or null. */
        private String caseOf(int x) {
            for (int ch : p.children(x)) {
                if (p.rel(ch).equals("case") && ch < x) {
                    return p.lemmas[ch].equals(p.lower(ch)) ? p.lower(ch) : p.lemmas[ch];
                }
            }
            return null;
        }

        /** "l'annonce du gouvernement" → "gouvernement"; "ce que rapportent des médias" → "médias". */
        private int sourceOf(int x) {
            if (x < 0) {
                return -1;
            }
            if (lex.sourceNouns.contains(p.lower(x)) || lex.sourceNouns.contains(p.lemmas[x])) {
                for (int ch : p.childrenWith(x, "nmod")) {
                    if (ch > x) {
                        return ch;
                    }
                }
                for (int ch : p.childrenWith(x, "acl")) {
                    // "les chiffres que la juge a donnés", "les propos tenus par X"
                    int sp = isCue(ch) ? rawSpeaker(ch, 1) : agentOf(ch);
                    if (sp >= 0 && sp != x) {
                        return sp;
                    }
                }
            }
            if (p.pos(x).equals("PRON")) {
                for (int ch : p.childrenWith(x, "acl")) {
                    if (isCue(ch)) {
                        return rawSpeaker(ch, 1);
                    }
                }
            }
            return x;
        }

        /** A pronoun's antecedent: the nearest earlier speaker or subject that agrees with it. */
        private int resolve(int x, List<Cand> earlierQuotes, int quoteSentence) {
            if (x < 0 || !p.pos(x).equals("PRON")) {
                return x;
            }
            String w = p.lower(x);
            if (w.startsWith("-t-")) {
                w = w.substring(3);
            } else if (w.startsWith("-")) {
                w = w.substring(1);
            }
            QuoteLexicon.Pronoun pr = lex.pronouns.get(w);
            if (pr == null || p.head(x) >= 0 && !p.childrenWith(p.head(x), "expl").isEmpty()
                    && p.childrenWith(p.head(x), "expl").get(0) > x) {
                return -1; // not a speaker pronoun, or impersonal ("il y a", "il faut")
            }
            int fromCluster = OFF.contains("cluster") ? -1 : clusterAntecedent(x);
            if (fromCluster >= 0 && !CLUSTER_LAST) {
                return fromCluster;
            }
            int sentence = p.tok(x).sentence();
            List<Integer> candidates = new ArrayList<>();
            for (int k = earlierQuotes.size() - 1; k >= 0; k--) {
                Cand c = earlierQuotes.get(k);
                int ended = p.tok(p.tokenAtOrAfter(c.end) - 1).sentence();
                if (c.speaker >= 0 && c.speaker < x && Math.min(sentence, quoteSentence) - ended <= 3
                        && !p.pos(c.speaker).equals("PRON")) {
                    candidates.add(c.speaker);
                }
            }
            for (int t = x - 1; t >= 0 && sentence - p.tok(t).sentence() <= 3; t--) {
                if (p.rel(t).equals("nsubj") && !inQuote[t] && !p.pos(t).equals("PRON") && !isPlace(t)
                        && (p.pos(t).equals("PROPN") || p.mentionOf[t] != null
                        || lex.roles.contains(p.lemmas[t]) || lex.roles.contains(p.lower(t)))) {
                    candidates.add(t);
                }
            }
            for (int t = x - 1; t >= 0 && sentence - p.tok(t).sentence() <= 3; t--) {
                EntityMention m = p.mentionOf[t];
                if (m != null && m.type().code().equals("PER") && m.kind() != MentionKind.PRONOUN
                        && t == m.endToken() - 1 && !inQuote[t]
                        && !p.rel(m.firstToken()).equals("nmod")) {
                    candidates.add(t);
                }
            }
            for (int c : candidates) {
                if (agrees(c, pr)) {
                    return c;
                }
            }
            return fromCluster;
        }

        /**
         * The antecedent the entity layer gives a pronoun: when the pronoun's mention is in a cluster
         * with a person or organisation named (or described) before it, the nearest such mention
         * before the pronoun (the one it agrees with, rather than a name merged into the cluster later); -1 when the entity layer left the pronoun alone.
         */
        private int clusterAntecedent(int x) {
            EntityMention pm = p.mentionOf[x];
            if (pm == null || pm.kind() != MentionKind.PRONOUN) {
                return -1;
            }
            Entity e = entityOf.get(pm.id());
            if (e == null || e.type().code().equals("LOC")) {
                return -1;
            }
            EntityMention best = null;
            for (String id : e.mentions()) {
                EntityMention m = mentionById.get(id);
                if (m == null || m.kind() == MentionKind.PRONOUN || m.endToken() > x || inQuote[m.endToken() - 1]) {
                    continue;
                }
                if (best == null || m.endToken() > best.endToken()) {
                    // the nearest: what the pronoun was linked through (a cluster may hold a wrong name)
                    best = m;
                }
            }
            return best == null ? -1 : headOf(best);
        }

        /** The word of a mention the parse makes its head (the word whose head lies outside it). */
        private int headOf(EntityMention m) {
            for (int t = m.firstToken(); t < m.endToken(); t++) {
                int h = p.head(t);
                if (h < m.firstToken() || h >= m.endToken()) {
                    return m.kind() == MentionKind.NAME ? m.endToken() - 1 : t;
                }
            }
            return m.endToken() - 1;
        }

        /** A word of a place name (a LOC mention): never a speaker. */
        private boolean isPlace(int t) {
            EntityMention m = p.mentionOf[t];
            return m != null && m.kind() == MentionKind.NAME && m.type().code().equals("LOC");
        }

        private boolean agrees(int c, QuoteLexicon.Pronoun pr) {
            String gender = null;
            String number = null;
            for (int ch : p.childrenWith(c, "det")) {
                String d = p.lower(ch);
                switch (d) {
                    case "la", "une", "cette", "sa" -> gender = "f";
                    case "le", "un", "ce", "cet" -> gender = "m";
                    case "les", "des", "ces", "leurs", "ses" -> number = "p";
                    default -> { }
                }
            }
            if (number == null && gender != null) {
                number = "s";
            }
            if (pr.gender().equals("f") && "m".equals(gender) || pr.gender().equals("m") && "f".equals(gender)) {
                return false;
            }
            return number == null || pr.number().equals("x") || number.equals(pr.number())
                    || (pr.number().equals("p") && number.equals("s") && p.pos(c).equals("PROPN"));
        }

        // ---- sources the words came through ---------------------------------------------------

        /** "à l'agence X" after the cue, "cité par X" on the speaker or the cue, "qui cite Y". */
        private List<Integer> via(int cue, int speaker) {
            List<Integer> out = new ArrayList<>();
            for (int node : new int[] {speaker, cue}) {
                if (node < 0) {
                    continue;
                }
                for (int ch : p.children(node)) {
                    if (ch == cue || inQuote[ch]) {
                        continue;
                    }
                    String r = p.rel(ch);
                    if (lex.viaAgent.contains(p.lemmas[ch]) && (r.equals("acl") || r.equals("advcl")
                            || r.equals("conj") || r.equals("parataxis"))) {
                        int a = agentOf(ch);
                        if (a < 0 && p.deprel(ch).equals("acl:relcl")) {
                            List<Integer> obj = p.childrenWith(ch, "obj");
                            a = obj.isEmpty() ? -1 : obj.get(0);
                        }
                        if (a >= 0 && !out.contains(a)) {
                            out.add(a);
                        }
                    }
                    String c = caseOf(ch);
                    boolean dative = c != null && lex.words.set("PREP_DATIVE").contains(c);
                    boolean told = c == null && r.equals("obj") && node == cue && lex.words.set("VERB_ADDRESSEE_OBJECT").contains(p.lemmas[cue]);
                    if ((dative || told) && (r.equals("obl") || r.equals("nmod") || r.equals("iobj") || r.equals("obj"))
                            && (lex.viaDative.contains(p.lemmas[ch]) || isOrganisation(ch)) && !out.contains(ch)) {
                        out.add(ch);
                    }
                }
            }
            return out;
        }

        private boolean isOrganisation(int t) {
            EntityMention m = p.mentionOf[t];
            if (m != null) {
                return m.type().code().equals("ORG");
            }
            for (int ch : p.childrenWith(t, "appos", "flat")) {
                if (p.mentionOf[ch] != null && p.mentionOf[ch].type().code().equals("ORG")) {
                    return true;
                }
            }
            return false;
        }

        // ---- output --------------------------------------------------------------------------

        private void setCue(Cand q, int c) {
            int first = cueStart(c);
            int last = Math.max(c, cueEnd[c]);
            for (int ch : p.children(c)) {
                if (ch > c && ch <= c + 2 && p.pos(ch).equals("PRON") && p.lower(ch).startsWith("-")) {
                    last = Math.max(last, ch);
                }
            }
            q.cueFirst = first;
            q.cueLast = last;
        }

        private List<Quote> build(List<Cand> all) {
            Map<String, String> entityOfMention = new HashMap<>();
            for (Entity e : p.doc.entities()) {
                for (String m : e.mentions()) {
                    entityOfMention.put(m, e.id());
                }
            }
            List<Quote> out = new ArrayList<>();
            for (Cand q : all) {
                Quote.Cue cue = null;
                if (q.cueFirst >= 0) {
                    int s = p.tok(q.cueFirst).start();
                    int e = p.tok(q.cueLast).end();
                    int head = q.cueFirst;
                    for (int t = q.cueFirst; t <= q.cueLast; t++) {
                        if (cueEnd[t] >= 0 || matchAccording(t) > 0) {
                            head = t;
                            break;
                        }
                    }
                    cue = new Quote.Cue(s, e, text.substring(s, e), p.lemmas[head]);
                }
                List<SourceRef> via = new ArrayList<>();
                for (int v : q.via) {
                    via.add(ref(v, entityOfMention));
                }
                out.add(new Quote("q" + (out.size() + 1), q.kind, TextSpan.of(text, q.start, q.end), cue,
                        q.speaker < 0 ? null : ref(q.speaker, entityOfMention), via));
            }
            return out;
        }

        private SourceRef ref(int h, Map<String, String> entityOfMention) {
            EntityMention cluster = p.mentionOf[h];
            EntityMention m = cluster != null && cluster.kind() == MentionKind.NAME ? cluster : null;
            if (m == null) {
                for (int ch : p.childrenWith(h, "appos", "flat")) {
                    EntityMention am = p.mentionOf[ch];
                    if (am != null && am.kind() == MentionKind.NAME && !am.type().code().equals("LOC")
                            && am.firstToken() > h) {
                        m = am;
                        break;
                    }
                }
            }
            // a name is the speaker's words; a description ("le site") is its whole noun phrase
            int[] span = m != null ? new int[] {m.start(), m.end()} : phrase(h);
            EntityMention linked = m != null ? m : cluster;
            String mention = linked == null ? null : linked.id();
            String entity = mention == null ? null : entityOfMention.get(mention);
            return new SourceRef(span[0], span[1], text.substring(span[0], span[1]),
                    mention, entity);
        }

        /** The noun phrase of a head word, without clauses, appositions, coordination or "à X" complements. */
        private int[] phrase(int h) {
            int lo = h;
            int hi = h;
            Sentence s = p.sentenceOf(h);
            for (int ch : p.children(h)) {
                String r = p.rel(ch);
                if (p.tok(ch).isMultiwordPart() && ch < h && r.equals("det")) {
                    continue; // "le" of "au magazine", "du témoin": the preposition's token
                }
                boolean keep = r.equals("det") || r.equals("amod") || r.equals("nmod") || r.equals("flat")
                        || r.equals("compound") || r.equals("nummod") || r.equals("fixed");
                if (!keep || inQuote[ch]) {
                    continue;
                }
                String c = caseOf(ch);
                if (r.equals("nmod") && c != null && lex.words.set("PREP_DATIVE").contains(c)) {
                    continue;
                }
                int[] ext = p.extent(ch);
                lo = Math.min(lo, ext[0]);
                hi = Math.max(hi, ext[1]);
            }
            lo = Math.max(lo, s.firstToken());
            hi = Math.min(hi, s.endToken() - 1);
            for (int t = h - 1; t >= lo; t--) {
                if (p.isPunct(t)) {
                    lo = t + 1;
                    break;
                }
            }
            for (int t = h + 1; t <= hi; t++) {
                if (p.isPunct(t) && !p.lower(t).equals("-")) {
                    hi = t - 1;
                    break;
                }
            }
            return new int[] {p.tok(lo).start(), p.tok(hi).end()};
        }
    }
}
