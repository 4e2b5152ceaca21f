package org.depeche.extract.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.depeche.extract.DependencyTree;
import org.depeche.extract.entities.Countries;
import org.depeche.lang.Languages;
import org.depeche.model.Document;
import org.depeche.model.Entity;
import org.depeche.model.EntityMention;
import org.depeche.model.Event;
import org.depeche.model.Event.Argument;
import org.depeche.model.Event.Modality;
import org.depeche.model.Event.Polarity;
import org.depeche.model.Layer;
import org.depeche.model.Quote;
import org.depeche.model.SourceRef;
import org.depeche.model.Stage;
import org.depeche.model.TextSpan;
import org.depeche.model.TimeExpression;
import org.depeche.model.TimexType;
import org.depeche.model.Token;

/**
 * Finds events: triggers from the language's trigger lexicon, arguments from the dependency
 * parse through per-frame relation → role tables, polarity and modality from cue lists, and
 * links the mentions of one event within the article.
 *
 * <p>Reads TOKENS, POS and DEPPARSE; uses, when the document has them, TIME (the event's time:
 * the time expression attached to the trigger's clause, else the nearest one in its sentence),
 * QUOTES (the source: speaker and via chain of the quote or attribution whose content holds the
 * trigger) and ENTITIES (each participant's cluster). Without them those fields stay empty. It
 * writes EVENTS. All language knowledge is in {@code org/depeche/lang/<lang>/events/}.
 *
 * <p>Mentions of one event (same subtype; the roles that identify the event, {@code types.tsv},
 * agree where both name them; same time where both have one) are linked through
 * {@link Event#coreferent()}, and each mention is completed with the participants, time and
 * sources its co-mentions give — an event's participants are those the article gives it.
 */
public final class EventExtractor implements Stage {

    private final EventLexicon lexicon;

    public EventExtractor(String lang) {
        this.lexicon = EventLexicon.forLanguage(lang);
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.POS, Layer.DEPPARSE);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.EVENTS);
    }

    @Override
    public Set<Layer> uses() {
        return Set.of(Layer.LEMMA, Layer.NER, Layer.TIME, Layer.QUOTES, Layer.ENTITIES);
    }

    /** Only sentences holding a trigger word need a parse: arguments are read around triggers. */
    @Override
    public boolean needsParse(List<Token> sentenceWords) {
        for (Token t : sentenceWords) {
            String f = t.text().toLowerCase(Locale.ROOT).replace('’', '\'');
            if (lexicon.forms.containsKey(f) || lexicon.multiwords.containsKey(f)
                    || t.lemma() != null && lexicon.forms.containsKey(t.lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The named passes of the extractor, in the order they run. Each but {@code triggers} can be switched
     * off (system property {@code depeche.events.off}, comma-separated names) to measure what it brings.
     */
    public static final List<String> PASSES = List.of("triggers", "arguments", "groups", "reciprocal",
            "factuality", "time", "sources", "linking", "scene", "framing", "narrative-time");

    private static Set<String> switchedOff() {
        String off = System.getProperty("depeche.events.off", "");
        Set<String> out = new java.util.HashSet<>();
        for (String p : off.split(",")) {
            if (!p.isBlank()) {
                if (!PASSES.contains(p.trim()) || p.trim().equals("triggers")) {
                    throw new IllegalArgumentException("depeche.events.off: no pass '" + p.trim() + "' to switch off; "
                            + "passes: " + PASSES.subList(1, PASSES.size()));
                }
                out.add(p.trim());
            }
        }
        return out;
    }

    @Override
    public Document apply(Document doc) {
        Set<String> off = switchedOff();
        Analysis a = new Analysis(doc, lexicon);
        List<Mention> mentions = a.findTriggers();
        for (Mention m : mentions) {
            if (!off.contains("arguments")) {
                a.fillArguments(m);
            }
            if (!off.contains("groups")) {
                a.expandGroups(m);
            }
            if (!off.contains("reciprocal")) {
                a.reciprocal(m);
            }
            if (!off.contains("factuality")) {
                a.judge(m);
            }
            if (!off.contains("time")) {
                a.locateTime(m);
            }
            if (!off.contains("sources")) {
                a.attachSources(m);
            }
        }
        if (!off.contains("linking")) {
            EventLinker.link(mentions, lexicon);
        }
        if (!off.contains("scene")) {
            a.continueScene(mentions);
        }
        if (!off.contains("framing")) {
            a.factsFromFramingEvents(mentions);
        }
        if (!off.contains("narrative-time")) {
            a.continueNarrativeTime(mentions);
        }
        List<Event> events = new ArrayList<>();
        for (Mention m : mentions) {
            List<String> co = new ArrayList<>();
            for (Mention o : m.chain) {
                if (o != m) {
                    co.add(o.id);
                }
            }
            List<Argument> args = new ArrayList<>();
            for (Arg g : m.args) {
                args.add(new Argument(g.role, TextSpan.of(doc.text(), g.start, g.end), g.entity, g.quantity));
            }
            events.add(new Event(m.id, m.type, TextSpan.of(doc.text(), m.start, m.end), args, m.time,
                    m.polarity, m.modality, m.sources, co));
        }
        return doc.withEvents(events);
    }

    /** An argument being built: role, filler span, head token, entity cluster and quantity. */
    static final class Arg {
        final String role;
        final int start;
        final int end;
        final int head;
        final String text;
        final String entity;
        final Integer quantity;
        final boolean inherited;

        Arg(String role, int start, int end, int head, String text, String entity, Integer quantity, boolean inherited) {
            this.role = role;
            this.start = start;
            this.end = end;
            this.head = head;
            this.text = text;
            this.entity = entity;
            this.quantity = quantity;
            this.inherited = inherited;
        }

        Arg inherit() {
            return new Arg(role, start, end, head, text, entity, quantity, true);
        }
    }

    /** An event mention being built. */
    static final class Mention {
        String id;
        String type;
        EventLexicon.Entry entry;
        String tag;
        int head;
        int first;
        int last;
        int start;
        int end;
        int support = -1;
        /** A nominal trigger with a definite, demonstrative or possessive determiner ("l'attentat", "cette rencontre"). */
        boolean anaphoric;
        /** With a demonstrative determiner ("cette visite"): it can only refer back, never forward. */
        boolean demonstrative;
        final List<Arg> args = new ArrayList<>();
        String time;
        Polarity polarity = Polarity.POSITIVE;
        Modality modality = Modality.ASSERTED;
        List<SourceRef> sources = List.of();
        List<Mention> chain = new ArrayList<>();
        final java.util.Set<Integer> blocked = new java.util.HashSet<>();
    }

    /** Per-document working state: the dependency tree ({@link DependencyTree}) and lookups. */
    static final class Analysis extends DependencyTree {
        final Document doc;
        final EventLexicon lx;
        final List<Token> tokens;
        final Map<String, String> mentionEntity = new HashMap<>();

        Analysis(Document doc, EventLexicon lx) {
            super(doc.tokens());
            this.doc = doc;
            this.lx = lx;
            this.tokens = doc.tokens();
            if (doc.has(Layer.ENTITIES)) {
                for (Entity e : doc.entities()) {
                    for (String mid : e.mentions()) {
                        mentionEntity.put(mid, e.id());
                    }
                }
            }
        }

        String form(int i) {
            return tokens.get(i).text().toLowerCase(Locale.ROOT).replace('’', '\'');
        }

        String deprel(int i) {
            String d = tokens.get(i).deprel();
            if (d == null) {
                return "";
            }
            // UD v1 names (English nndep) → UD v2
            switch (d) {
                case "nsubjpass":
                    return "nsubj:pass";
                case "dobj":
                    return "obj";
                case "auxpass":
                    return "aux:pass";
                default:
                    return d;
            }
        }

        boolean isNominal(int i) {
            String p = pos(i);
            return p.equals("NOUN") || p.equals("PROPN");
        }

        boolean sameSentence(int i, int j) {
            return tokens.get(i).sentence() == tokens.get(j).sentence();
        }

        // ---------------------------------------------------------------- triggers

        List<Mention> findTriggers() {
            List<Mention> out = new ArrayList<>();
            boolean[] used = new boolean[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                if (used[i] || tokens.get(i).head() == null) {
                    continue;
                }
                Mention m = matchMultiword(i);
                if (m == null) {
                    m = matchSingle(i);
                }
                if (m == null) {
                    continue;
                }
                for (int k = m.first; k <= m.last; k++) {
                    used[k] = true;
                }
                if (!m.entry.blocking()) {
                    out.add(m);
                }
            }
            for (int k = 0; k < out.size(); k++) {
                out.get(k).id = "v" + (k + 1);
            }
            return out;
        }

        private Mention matchMultiword(int i) {
            List<EventLexicon.Multiword> cands = lx.multiwords.get(form(i));
            if (cands == null) {
                return null;
            }
            for (EventLexicon.Multiword mw : cands) {
                int n = mw.words().size();
                if (i + n > tokens.size()) {
                    continue;
                }
                boolean ok = true;
                for (int k = 1; k < n && ok; k++) {
                    ok = sameSentence(i, i + k) && mw.words().get(k).contains(form(i + k));
                }
                if (ok && posAllowed(mw.entry(), i)) {
                    return mention(mw.entry(), mw.firstTags().getOrDefault(form(i), ""), i, i + n - 1, i);
                }
            }
            return null;
        }

        private Mention matchSingle(int i) {
            List<EventLexicon.Form> cands = lx.forms.get(form(i));
            String lemma = tokens.get(i).lemma();
            boolean byLemma = false;
            if (cands == null && lemma != null) {
                cands = lx.forms.get(lemma.toLowerCase(Locale.ROOT));
                byLemma = true;
            }
            if (cands == null) {
                return null;
            }
            for (EventLexicon.Form f : cands) {
                EventLexicon.Entry e = f.entry();
                if (byLemma && e.has("formonly")) {
                    continue;
                }
                // an adjective counts as a participle only in a generated form ("importante" is no form of "importer")
                if (byLemma && pos(i).equals("ADJ")) {
                    continue;
                }
                if (!posAllowed(e, i)) {
                    continue;
                }
                if (e.has("reflexive") && !hasReflexive(i)) {
                    continue;
                }
                if (e.has("inverse") && !negated(i)) {
                    continue;
                }
                if (!acceptable(e, i)) {
                    continue;
                }
                String tags = e.flag("tags=");
                if (tags != null && !List.of(tags.split("\\|")).contains(f.tag())) {
                    continue;
                }
                return mention(e, byLemma ? "" : f.tag(), i, i, i);
            }
            return null;
        }

        private boolean posAllowed(EventLexicon.Entry e, int i) {
            if (e.blocking()) {
                return true;
            }
            String p = pos(i);
            if (e.has("noun")) {
                return p.equals("NOUN") || p.equals("PROPN");
            }
            if (e.has("verb")) {
                return p.equals("VERB") || p.equals("ADJ");
            }
            return !p.equals("PUNCT") && !p.equals("ADP") && !p.equals("DET");
        }

        /** Context conditions of an entry: semi-auxiliary use, required dependents, classifier nouns. */
        private boolean acceptable(EventLexicon.Entry e, int i) {
            if (e.has("noxcomp") && child(i, "xcomp") >= 0) {
                return false;
            }
            if (e.has("intransitive") && child(i, "obj") >= 0) {
                return false;
            }
            if (e.has("determined") && child(i, "det") < 0) {
                return false;
            }
            String objects = e.flag("objects=");
            if (objects != null) {
                List<String> allowedObjects = List.of(objects.split("\\|"));
                int obj = child(i, "obj");
                if (obj < 0) {
                    // an attribute ("devient ministre") stands for the object of a change-of-state verb
                    obj = child(i, "xcomp");
                }
                boolean ok = obj >= 0 && (allowedObjects.contains(form(obj)) || allowedObjects.contains(lemmaOf(obj))
                        || allowedObjects.contains("LOC") && isLocation(obj));
                if (!ok && obj >= 0 && pos(obj).equals("PRON") && deprel(i).startsWith("acl:relcl")) {
                    ok = allowedObjects.contains(form(head(i)));
                }
                if (!ok) {
                    return false;
                }
            }
            // sense filters: a dependent that marks another sense ("jugé trop cher": an opinion, not a trial)
            String not = e.flag("not=");
            if (not != null) {
                for (String r : not.split("\\|")) {
                    if (hasDependent(i, r)) {
                        return false;
                    }
                }
            }
            String notGov = e.flag("notgovernor=");
            if (notGov != null && head(i) >= 0 && deprel(i).startsWith("nmod")
                    && List.of(notGov.split("\\|")).contains(lemmaOf(head(i)))) {
                return false;
            }
            String notPatients = e.flag("notpatients=");
            if (notPatients != null) {
                int p = patient(i);
                if (p >= 0 && (List.of(notPatients.split("\\|")).contains(lemmaOf(p))
                        || notPatients.contains("LOC") && isLocation(p))) {
                    return false;
                }
            }
            String notCase = e.flag("notcase=");
            if (notCase != null && List.of(notCase.split("\\|")).contains(caseOf(i))) {
                return false;
            }
            String notAfter = e.flag("notafter=");
            if (notAfter != null && i > 0 && sameSentence(i - 1, i)
                    && List.of(notAfter.split("\\|")).contains(form(i - 1))) {
                return false;
            }
            // a capitalised noun inside a sentence is a name ("le Rassemblement du …", "l'unité du Raid")
            if (isNominal(i) && !e.has("name") && Character.isUpperCase(tokens.get(i).text().codePointAt(0))
                    && i > 0 && sameSentence(i - 1, i) && !pos(i - 1).equals("PUNCT")) {
                return false;
            }
            String req = e.flag("requires=");
            if (req != null) {
                boolean found = false;
                for (String r : req.split("\\|")) {
                    found |= hasDependent(i, r);
                }
                if (req.contains("poss") && hasPossessive(i)) {
                    found = true;
                }
                if (!found) {
                    return false;
                }
            }
            // a bare noun after "de" classifies another noun ("fusil d'assaut", "avion de combat")
            if (isNominal(i) && deprel(i).startsWith("nmod") && child(i, "det") < 0 && Languages.get(lx.lang).words().set("PREP_CLASSIFIER").contains(caseOf(i))
                    && child(i, "nummod") < 0 && !lx.words("quantity-noun").contains(lemmaOf(head(i)))) {
                return false;
            }
            return true;
        }

        /**
         * Whether the word has a dependent in this relation: a {@link #relation} name ("prep:à", "obj"),
         * a raw UD relation ("xcomp", "nummod"), or "reflexive" (a reflexive clitic).
         */
        private boolean hasDependent(int i, String rel) {
            if (rel.equals("reflexive")) {
                return hasReflexive(i);
            }
            for (int c : children(i)) {
                String r = relation(c, false);
                if (rel.equals(r) || rel.equals(deprel(c))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The office of a personnel event when no dependent named it: a {@code position-noun}
         * ({@code words.tsv}) the trigger takes as attribute ("élu président"), else one in the
         * phrase of its person ("le ministre de l'Intérieur X", "X, directeur de la chaîne"), with
         * its adjectives and complements, never the person's name.
         */
        private Arg positionOf(Mention m, int h) {
            Set<String> titles = lx.words("position-noun");
            List<Integer> candidates = new ArrayList<>();
            for (int c : children(h)) {
                if (deprel(c).equals("xcomp") && titles.contains(lemmaOf(c))) {
                    candidates.add(c);
                }
            }
            for (Arg g : m.args) {
                if (g.role.equals("Person") && g.head >= 0) {
                    for (int k : subtree(g.head)) {
                        if (titles.contains(lemmaOf(k)) && !pos(k).equals("PROPN") && sameSentence(k, h)) {
                            candidates.add(k);
                        }
                    }
                }
            }
            for (int t : candidates) {
                int first = t;
                int last = t;
                for (int c : children(t)) {
                    String d = deprel(c);
                    if ((d.equals("amod") || d.startsWith("nmod")) && !"PER".equals(tokens.get(c).ner())) {
                        for (int k : subtree(c)) {
                            if (!"PER".equals(tokens.get(k).ner()) && !pos(k).equals("PUNCT")) {
                                first = Math.min(first, k);
                                last = Math.max(last, k);
                            }
                        }
                    }
                }
                if (lineBreakBetween(first, last)) {
                    continue;
                }
                int s = tokens.get(first).start();
                int e = tokens.get(last).end();
                return new Arg("Position", s, e, t, doc.text().substring(s, e), null, null, false);
            }
            return null;
        }

        /** The undergoer of a verb: its object, passive subject, or the noun its participle modifies; -1 if none. */
        private int patient(int i) {
            int p = child(i, "obj");
            if (p < 0) {
                p = child(i, "nsubj:pass");
            }
            if (p < 0 && child(i, "aux:pass") >= 0) {
                p = child(i, "nsubj");
            }
            if (p < 0 && head(i) >= 0 && (deprel(i).startsWith("acl") || deprel(i).equals("amod"))) {
                p = head(i);
            }
            return p;
        }

        private String lemmaOf(int i) {
            String l = tokens.get(i).lemma();
            return l == null ? form(i) : l.toLowerCase(Locale.ROOT);
        }

        private boolean hasReflexive(int i) {
            for (int c : children(i)) {
                if (lx.words("reflexive").contains(form(c))) {
                    return true;
                }
            }
            return false;
        }

        private Mention mention(EventLexicon.Entry e, String tag, int first, int last, int head) {
            Mention m = new Mention();
            m.type = e.type();
            m.entry = e;
            m.tag = tag;
            m.first = first;
            m.last = last;
            m.head = head;
            int s = tokens.get(first).start();
            int en = tokens.get(last).end();
            // an auxiliary right before a verb trigger belongs to it ("a reçu", "ont été tués")
            int k = first - 1;
            while (k >= 0 && sameSentence(k, first) && pos(k).equals("AUX") && head(k) == head
                    && tokens.get(k).end() >= s - 12) {
                s = tokens.get(k).start();
                k--;
            }
            m.start = s;
            m.end = en;
            for (int c : children(head)) {
                if (isNominal(head) && deprel(c).equals("det") && lx.words("demonstrative").contains(form(c))) {
                    m.demonstrative = true;
                }
                if (isNominal(head) && deprel(c).equals("det") && (lx.words("demonstrative").contains(form(c))
                        || lx.words("definite").contains(form(c)) || lx.words("possessive").contains(form(c)))) {
                    m.anaphoric = true;
                }
            }
            if (isNominal(head)) {
                int gov = head(head);
                String d = deprel(head);
                if (gov >= 0 && (d.equals("obj") || d.equals("nsubj:pass")) && lx.supportVerbs.contains(form(gov))) {
                    m.support = gov;
                }
            }
            return m;
        }

        // ---------------------------------------------------------------- arguments

        void fillArguments(Mention m) {
            Map<String, String> frame = lx.frames.getOrDefault(m.entry.frame(), Map.of());
            List<String> allowed = lx.typeRoles.getOrDefault(m.type, List.of());
            int h = m.head;
            boolean passive = passive(m);
            // phrases after the trigger the parser often attaches elsewhere ("des mains de", "à bord de"):
            // their words never belong to another filler
            Map<Integer, String> afterFillers = new LinkedHashMap<>();
            for (Map.Entry<String, String> fr : frame.entrySet()) {
                if (fr.getKey().startsWith("after:")) {
                    int[] found = phraseAfter(m.last, fr.getKey().substring(6).split(" "));
                    if (found != null) {
                        for (int k = found[0]; k < found[1]; k++) {
                            m.blocked.add(k);
                        }
                        if (found[2] >= 0) {
                            afterFillers.put(found[2], fr.getValue());
                        }
                    }
                }
            }
            boolean hasSubject = false;
            List<int[]> deps = new ArrayList<>();
            for (int c : children(h)) {
                deps.add(new int[] {c, h});
                // a bare oblique ("en cadeau") the frame has no role for passes its complements to the trigger
                String own = relation(c, passive);
                if (deprel(c).startsWith("obl") && child(c, "det") < 0 && isNominal(c)
                        && (own == null || !frame.containsKey(own))) {
                    for (int cc : children(c)) {
                        if (deprel(cc).startsWith("nmod") || deprel(cc).equals("appos")) {
                            deps.add(new int[] {cc, c});
                        }
                    }
                }
            }
            for (int[] dep : deps) {
                int c = dep[0];
                if (c >= m.first && c <= m.last || m.blocked.contains(c)) {
                    continue;
                }
                String rel = dep[1] != h && deprel(c).equals("appos") ? "obj" : relation(c, passive);
                if (rel == null) {
                    continue;
                }
                if (rel.startsWith("nsubj")) {
                    hasSubject = true;
                }
                String role = frame.get(rel);
                // a nominal trigger's own reading of a complement naming an actor: an organisation or an
                // armed or official body ("l'offensive des troupes", "les frappes de la coalition"); a
                // weapon there is the means ("l'explosion d'une bombe")
                if (isNominal(h) && frame.containsKey("n" + rel)) {
                    if (lx.words("actor-noun").contains(lemmaOf(c)) || "ORG".equals(tokens.get(c).ner())) {
                        role = frame.get("n" + rel);
                    } else if (lx.words("weapon-noun").contains(lemmaOf(c)) && allowed.contains("Instrument")) {
                        role = "Instrument";
                    }
                }
                if (role == null) {
                    continue;
                }
                if (rel.equals("prep:de") && isLocation(c) && !role.equals("Origin") && !role.equals("Destination")) {
                    role = allowed.contains("Place") ? "Place" : null;
                }
                if (role != null) {
                    addFiller(m, role, resolveRelative(c, h), h);
                }
            }
            // subjects the trigger shares with its governor
            if (!hasSubject) {
                int gov = head(h);
                String d = deprel(h);
                if (gov >= 0 && (d.equals("acl") || d.equals("amod")) && frame.containsKey("head")) {
                    addFiller(m, frame.get("head"), gov, h);
                } else if (gov >= 0 && (d.equals("conj") || d.equals("xcomp") || d.equals("advcl"))) {
                    int subj = child(gov, "nsubj", "nsubj:pass");
                    // object control: "contraindre X à négocier", "pousser X à partir": X does the infinitive
                    int controller = d.equals("xcomp") ? child(gov, "obj") : -1;
                    if (controller >= 0 && (isNominal(controller) || pos(controller).equals("PRON"))
                            && lx.words("object-control").contains(lemmaOf(gov))) {
                        subj = controller;
                    }
                    if (subj >= 0) {
                        String rel = d.equals("advcl") && isParticiple(m) ? "head" : passive ? "nsubj:pass" : "nsubj";
                        String role = frame.get(rel);
                        if (role == null && rel.equals("head")) {
                            role = frame.get("nsubj:pass");
                        }
                        if (role != null) {
                            addFiller(m, role, resolveRelative(subj, gov), h);
                        }
                    }
                }
            }
            // a participle on a nominal trigger names its doer ("l'attaque menée par X", "une réunion organisée par X")
            if (isNominal(h)) {
                String doerRole = frame.get("agent") != null ? frame.get("agent") : frame.get("nsubj");
                for (int c : children(h)) {
                    if (doerRole == null || !deprel(c).startsWith("acl") || !(pos(c).equals("VERB") || pos(c).equals("ADJ"))) {
                        continue;
                    }
                    for (int cc : children(c)) {
                        String r = relation(cc, true);
                        if ("agent".equals(r) && !covered(m, cc)) {
                            addFiller(m, doerRole, resolveRelative(cc, c), h);
                        }
                    }
                }
            }
            // nominal triggers: the support verb's subject and complements ("X a mené l'attaque avec Y")
            if (m.support >= 0) {
                boolean supportPassive = child(m.support, "aux:pass") >= 0 || deprel(h).equals("nsubj:pass");
                for (int c : children(m.support)) {
                    if (c == h) {
                        continue;
                    }
                    String rel = relation(c, supportPassive);
                    if (rel == null || rel.equals("obj") || rel.equals("nsubj:pass")) {
                        continue;
                    }
                    String role = frame.get(rel.equals("agent") ? "nsubj" : rel);
                    // a converse support verb's subject undergoes the event ("X a subi une attaque": the Target)
                    if (rel.equals("nsubj") && lx.words("converse-support").contains(form(m.support))) {
                        role = frame.get("obj");
                    }
                    if (role != null) {
                        addFiller(m, role, resolveRelative(c, m.support), h);
                    }
                }
            }
            if (isNominal(h) && frame.containsKey("poss") && hasPossessive(h)) {
                int v = governingVerb(h);
                if (v >= 0) {
                    int subj = child(v, "nsubj");
                    if (subj >= 0) {
                        addFiller(m, frame.get("poss"), resolveRelative(subj, v), h);
                    }
                }
            }
            // "a quitté à bord d'un avion blindé la capitale": the parser hangs the trigger's
            // object on a participle inside another argument; a determined noun phrase there is the object
            if (frame.containsKey("obj") && child(h, "obj") < 0 && !passive) {
                int misplaced = objectOfInnerParticiple(h);
                if (misplaced >= 0 && !covered(m, misplaced)) {
                    addFiller(m, frame.get("obj"), misplaced, h);
                }
            }
            afterFillers.forEach((np, role) -> {
                if (!covered(m, np)) {
                    addFiller(m, role, np, h);
                }
            });
            // place: a location name in the trigger's phrase, outside its subject, that got no other role
            if (allowed.contains("Place") && m.args.stream().noneMatch(g -> g.role.equals("Place"))) {
                List<Integer> excluded = new ArrayList<>();
                for (int c : children(h)) {
                    String d = deprel(c);
                    if (d.startsWith("nsubj") || d.equals("obj") || d.equals("iobj")) {
                        excluded.addAll(subtree(c));
                    }
                }
                for (int i : subtree(h)) {
                    if (isLocation(i) && !covered(m, i) && i != h && !excluded.contains(i) && !m.blocked.contains(i)) {
                        EntityMention em = mentionAt(i);
                        int s = em != null ? em.start() : tokens.get(i).start();
                        int e = em != null ? em.end() : tokens.get(i).end();
                        m.args.add(new Arg("Place", s, e, i, doc.text().substring(s, e), entityOf(i), null, false));
                        break;
                    }
                }
            }
            if (allowed.contains("Place")
                    && m.args.stream().noneMatch(g -> g.role.equals("Place"))) {
                addPlacePhrase(m, frame, passive);
            }
            if (allowed.contains("Place") && m.args.stream().noneMatch(g -> g.role.equals("Place"))) {
                Arg described = placeInDescription(m);
                if (described != null) {
                    m.args.add(described);
                }
            }
            if (allowed.contains("Position") && m.args.stream().noneMatch(g -> g.role.equals("Position"))) {
                Arg position = positionOf(m, h);
                if (position != null) {
                    m.args.add(position);
                }
            }
            weaponsAreInstruments(m, allowed);
            addCountryOfArtifacts(m, allowed);
            addNeeder(m, allowed, h);
            m.args.removeIf(g -> !allowed.isEmpty() && !allowed.contains(g.role));
            keepFirstOfSingleRoles(m);
        }

        /**
         * A weapon is the means, never the one attacked or killed: a Target or Victim headed by a
         * {@code weapon-noun} ({@code words.tsv}) is the Instrument ("il a tiré avec un fusil et un
         * couteau" parsed with the knife as object).
         */
        private void weaponsAreInstruments(Mention m, List<String> allowed) {
            for (int k = 0; k < m.args.size(); k++) {
                Arg g = m.args.get(k);
                if ((g.role.equals("Target") || g.role.equals("Victim")) && g.head >= 0
                        && lx.words("weapon-noun").contains(lemmaOf(g.head))) {
                    if (allowed.contains("Instrument") && m.args.stream().noneMatch(o -> o.role.equals("Instrument"))) {
                        m.args.set(k, new Arg("Instrument", g.start, g.end, g.head, g.text, g.entity, g.quantity,
                                g.inherited));
                    } else {
                        m.args.remove(k--);
                    }
                }
            }
        }

        /**
         * "attaqué dans une école", "une explosion s'est produite devant la mairie": a locative phrase
         * (a {@code locative-case} preposition, {@code words.tsv}) of the trigger, of its support verb,
         * or of the verb a nominal trigger is the subject of, headed by a {@code place-noun} or a
         * location name, that the frame gives no other role, is the Place.
         */
        private void addPlacePhrase(Mention m, Map<String, String> frame, boolean passive) {
            List<Integer> holders = new ArrayList<>();
            holders.add(m.head);
            if (m.support >= 0) {
                holders.add(m.support);
            }
            if (isNominal(m.head) && deprel(m.head).startsWith("nsubj") && head(m.head) >= 0
                    && pos(head(m.head)).equals("VERB")) {
                holders.add(head(m.head));
            }
            for (int holder : holders) {
                for (int c : children(holder)) {
                    String d = deprel(c);
                    if (!(d.startsWith("obl") || d.startsWith("nmod")) || !isNominal(c) || covered(m, c)
                            || m.blocked.contains(c) || c >= m.first && c <= m.last) {
                        continue;
                    }
                    String rel = relation(c, passive && holder == m.head);
                    if (rel == null || !rel.startsWith("prep:") || frame.containsKey(rel) && holder == m.head
                            || !lx.words("locative-case").contains(rel.substring(5).replace(' ', '_'))) {
                        continue;
                    }
                    if (!lx.words("place-noun").contains(lemmaOf(c)) && !isLocation(c)) {
                        continue;
                    }
                    int before = m.args.size();
                    addFiller(m, "Place", c, m.head);
                    if (m.args.size() > before) {
                        return;
                    }
                }
            }
        }

        /**
         * "des munitions nord-coréennes": a demonym on an item names the country it comes from, the
         * filler of the {@code origin-role} ({@code words.tsv}) when the event has none, as a mention
         * of that country in the text (no mention, no filler).
         */
        private void addCountryOfArtifacts(Mention m, List<String> allowed) {
            for (String role : lx.words("origin-role")) {
                if (!allowed.contains(role) || m.args.stream().anyMatch(g -> g.role.equals(role))) {
                    continue;
                }
                for (Arg g : List.copyOf(m.args)) {
                    if (!g.role.equals("Artifact")) {
                        continue;
                    }
                    for (int i = tokenAt(g.start); i >= 0 && i < tokens.size() && tokens.get(i).start() < g.end; i++) {
                        String code = deprel(i).equals("amod") ? countries().ofDemonym(form(i)) : null;
                        Arg filler = code == null ? null : countryMention(role, code, m.head);
                        if (filler != null) {
                            m.args.add(filler);
                            return;
                        }
                    }
                }
            }
        }

        /**
         * "des livraisons d'armes dont Moscou a besoin", "les armes que Kiev réclame": the subject of
         * a relative clause of need ({@code need-predicate}, the verb or its object) on the trigger or
         * an item fills the {@code need-role} ({@code words.tsv}) when the event has none.
         */
        private void addNeeder(Mention m, List<String> allowed, int h) {
            Set<String> needs = lx.words("need-predicate");
            for (String role : lx.words("need-role")) {
                if (!allowed.contains(role) || m.args.stream().anyMatch(g -> g.role.equals(role))) {
                    continue;
                }
                List<Integer> holders = new ArrayList<>(List.of(h));
                m.args.stream().filter(g -> g.role.equals("Artifact")).forEach(g -> holders.add(g.head));
                for (int x : holders) {
                    for (int v : children(x)) {
                        if (!deprel(v).startsWith("acl:relcl")) {
                            continue;
                        }
                        int o = child(v, "obj");
                        String lemma = tokens.get(v).lemma();
                        boolean need = needs.contains(form(v)) || lemma != null && needs.contains(lemma.toLowerCase(Locale.ROOT))
                                || o >= 0 && needs.contains(form(o));
                        int subj = child(v, "nsubj");
                        if (need && subj >= 0 && !covered(m, subj)) {
                            EntityMention em = mentionAt(subj);
                            if (em != null) {
                                m.args.add(new Arg(role, em.start(), em.end(), subj, doc.text().substring(em.start(), em.end()),
                                        entityOf(subj), null, false));
                            } else {
                                addFiller(m, role, subj, h);
                            }
                            return;
                        }
                    }
                }
            }
        }

        private Countries countries;

        private Countries countries() {
            if (countries == null) {
                countries = Countries.forLanguage(lx.lang);
            }
            return countries;
        }

        /** The ISO code an entity cluster stands for: a country, its seat, or a person's title demonym. */
        private String countryOf(Entity e) {
            if (e == null) {
                return null;
            }
            if (e.standsFor() != null && !e.standsFor().equals(e.id())) {
                String c = countryOf(entity(e.standsFor()));
                if (c != null) {
                    return c;
                }
            }
            if (e.type() == org.depeche.model.EntityType.PERSON) {
                for (String title : e.titles()) {
                    for (String w : title.split("[ '’]")) {
                        String c = countries().ofDemonym(w);
                        if (c != null) {
                            return c;
                        }
                    }
                }
                return null;
            }
            return countries().ofName(e.name());
        }

        /** A mention of a country entity (not a person) of this code, the nearest to the token, as a filler. */
        private Arg countryMention(String role, String code, int near) {
            if (!doc.has(Layer.ENTITIES)) {
                return null;
            }
            EntityMention best = null;
            String bestEntity = null;
            int at = tokens.get(near).start();
            for (EntityMention em : doc.mentions()) {
                String id = mentionEntity.get(em.id());
                Entity e = id == null ? null : entity(id);
                if (e == null || e.type() == org.depeche.model.EntityType.PERSON || !code.equals(countryOf(e))) {
                    continue;
                }
                if (best == null || Math.abs(em.start() - at) < Math.abs(best.start() - at)) {
                    best = em;
                    bestEntity = id;
                }
            }
            if (best == null) {
                return null;
            }
            return new Arg(role, best.start(), best.end(), best.firstToken(), doc.text().substring(best.start(), best.end()),
                    bestEntity, null, false);
        }

        /**
         * A place named inside a participant's description: "le gouverneur de la région de X", "le
         * maire de X" — a location whose governing noun is a territory or a local office
         * ({@code place-holder} in {@code words.tsv}), inside a filler of a {@code place-describer}
         * role. "Le dirigeant de la RPDC" names no place: "dirigeant" holds none.
         */
        private Arg placeInDescription(Mention m) {
            Set<String> holders = lx.words("place-holder");
            Set<String> describers = lx.words("place-describer");
            for (Arg g : m.args) {
                if (g.inherited || !describers.contains(g.role)) {
                    continue;
                }
                for (int i = tokenAt(g.start); i >= 0 && i < tokens.size() && tokens.get(i).start() < g.end; i++) {
                    int gov = head(i);
                    if (!isLocation(i) || gov < 0 || !holders.contains(form(gov)) || m.blocked.contains(i)) {
                        continue;
                    }
                    EntityMention em = mentionAt(i);
                    int s = em != null ? em.start() : tokens.get(i).start();
                    int e = em != null ? em.end() : tokens.get(i).end();
                    return new Arg("Place", s, e, i, doc.text().substring(s, e), entityOf(i), null, false);
                }
            }
            return null;
        }

        /**
         * A movement has one origin, one destination and one vehicle: a second phrase claiming such
         * a role ("s'est rendu à l'océanarium, assistant à un spectacle") is not it; conjuncts of the
         * first ("à Lyon et à Paris") stay.
         */
        private void keepFirstOfSingleRoles(Mention m) {
            Set<String> single = lx.words("single-role");
            Map<String, Arg> first = new HashMap<>();
            List<Arg> drop = new ArrayList<>();
            for (Arg g : m.args) {
                if (!single.contains(g.role)) {
                    continue;
                }
                Arg f = first.get(g.role);
                if (f == null) {
                    first.put(g.role, g);
                } else if (g.head < 0 || f.head < 0 || !(deprel(g.head).equals("conj") && head(g.head) == f.head)) {
                    drop.add(g);
                }
            }
            m.args.removeAll(drop);
        }

        /** The determined object of an adjectival participle inside an oblique of the trigger, or -1. */
        private int objectOfInnerParticiple(int h) {
            for (int c : children(h)) {
                if (!deprel(c).startsWith("obl")) {
                    continue;
                }
                for (int x : subtree(c)) {
                    int p = head(x);
                    if (x != c && deprel(x).equals("obj") && isNominal(x) && child(x, "det") >= 0 && p != c
                            && (deprel(p).equals("acl") || deprel(p).equals("amod")) && child(p, "aux") < 0
                            && child(p, "nsubj") < 0 && child(p, "obl:agent") < 0 && p < x) {
                        return x;
                    }
                }
            }
            return -1;
        }

        /**
         * A group mention ("les deux dirigeants") stands for the persons the article has just named:
         * it is replaced by the last N distinct persons mentioned before it, in its sentence and the
         * two before, when N of them are found.
         */
        void expandGroups(Mention m) {
            if (!doc.has(Layer.ENTITIES)) {
                return;
            }
            List<Arg> out = new ArrayList<>();
            boolean changed = false;
            for (Arg g : m.args) {
                List<Arg> members = groupMembers(g);
                if (members.isEmpty()) {
                    out.add(g);
                } else {
                    out.addAll(members);
                    changed = true;
                }
            }
            if (changed) {
                m.args.clear();
                m.args.addAll(out);
            }
        }

        private List<Arg> groupMembers(Arg g) {
            Integer n = g.quantity;
            if (n == null || n < 2 || n > 4 || g.head < 0 || g.entity == null) {
                return List.of();
            }
            boolean determined = false;
            for (int c : children(g.head)) {
                determined |= deprel(c).equals("det") && lx.words("group-determiner").contains(form(c));
            }
            Entity group = entity(g.entity);
            if (!determined || group == null || group.type() != org.depeche.model.EntityType.PERSON) {
                return List.of();
            }
            int sentence = tokens.get(g.head).sentence();
            List<EntityMention> before = new ArrayList<>();
            for (EntityMention em : doc.mentions()) {
                String ent = mentionEntity.get(em.id());
                Entity e = ent == null ? null : entity(ent);
                if (em.end() <= g.start && e != null && e.type() == org.depeche.model.EntityType.PERSON && !ent.equals(g.entity)
                        && tokens.get(em.firstToken()).sentence() >= sentence - 2) {
                    before.add(em);
                }
            }
            before.sort((x, y) -> Integer.compare(y.start(), x.start()));
            List<Arg> members = new ArrayList<>();
            List<String> seen = new ArrayList<>();
            for (EntityMention em : before) {
                String ent = mentionEntity.get(em.id());
                if (seen.contains(ent)) {
                    continue;
                }
                seen.add(ent);
                // the person's name where the window gives it ("Vladimir Poutine" rather than "le président russe")
                for (EntityMention other : before) {
                    if (ent.equals(mentionEntity.get(other.id())) && other.kind() == org.depeche.model.MentionKind.NAME) {
                        em = other;
                        break;
                    }
                }
                members.add(new Arg(g.role, em.start(), em.end(), em.firstToken(), doc.text().substring(em.start(), em.end()),
                        ent, null, g.inherited));
                if (members.size() == n) {
                    break;
                }
            }
            if (members.size() < n) {
                return List.of();
            }
            members.sort((x, y) -> Integer.compare(x.start, y.start));
            return members;
        }

        private Entity entity(String id) {
            for (Entity e : doc.entities()) {
                if (e.id().equals(id)) {
                    return e;
                }
            }
            return null;
        }

        /**
         * A reciprocal action ("ils se sont mutuellement offert un fusil"): each participant of one
         * role of a {@code reciprocal-roles} pair also fills the other.
         */
        void reciprocal(Mention m) {
            if (!hasChildIn(m.head, "advmod", lx.words("reciprocal"))) {
                return;
            }
            List<String> allowed = lx.typeRoles.getOrDefault(m.type, List.of());
            List<Arg> added = new ArrayList<>();
            for (String pair : lx.words("reciprocal-roles")) {
                String[] r = pair.split("=");
                if (r.length != 2 || !allowed.contains(r[0]) || !allowed.contains(r[1])) {
                    continue;
                }
                for (Arg g : m.args) {
                    String other = g.role.equals(r[0]) ? r[1] : g.role.equals(r[1]) ? r[0] : null;
                    if (other != null && m.args.stream().noneMatch(x -> x.role.equals(other) && x.start == g.start)) {
                        added.add(new Arg(other, g.start, g.end, g.head, g.text, g.entity, g.quantity, g.inherited));
                    }
                }
            }
            m.args.addAll(added);
        }

        /** Passive voice, or a past participle used without "avoir" ("Manuel Valls enfariné"). */
        boolean passive(Mention m) {
            int h = m.head;
            boolean haveAux = false;
            for (int c : children(h)) {
                String d = deprel(c);
                if (d.equals("aux:pass") || d.equals("nsubj:pass")) {
                    return true;
                }
                if (d.equals("aux") && lx.words("have-aux").contains(form(c))) {
                    haveAux = true;
                }
            }
            return "PP".equals(m.tag) && !haveAux && !pos(h).equals("NOUN") && child(h, "obj") < 0;
        }

        private boolean isParticiple(Mention m) {
            return "PP".equals(m.tag) || "PPR".equals(m.tag);
        }

        /** The relation key of a dependent, as frames.tsv writes it, or null. */
        String relation(int c, boolean passive) {
            String d = deprel(c);
            String base = d.contains(":") ? d.substring(0, d.indexOf(':')) : d;
            if (d.equals("nsubj") && passive) {
                return "nsubj:pass";
            }
            if (d.equals("nsubj:pass") || d.equals("obj") || d.equals("iobj") || d.equals("nsubj")) {
                return d;
            }
            if (d.equals("obl:agent") || d.equals("nmod:agent")) {
                return "agent";
            }
            if (base.equals("obl") || base.equals("nmod") || base.equals("advcl") && isNominal(c)) {
                String p = caseOf(c);
                if (p.isEmpty()) {
                    return null;
                }
                if (passive && Languages.get(lx.lang).words().set("PREP_AGENT").contains(p)) {
                    return "agent";
                }
                return "prep:" + p;
            }
            return null;
        }

        /** The preposition(s) of a dependent: its case children and their fixed parts, in order. */
        String caseOf(int c) {
            List<Integer> parts = new ArrayList<>();
            for (int k : children(c)) {
                if (deprel(k).equals("case") && k < c) {
                    parts.add(k);
                    for (int f : children(k)) {
                        if (deprel(f).equals("fixed")) {
                            parts.add(f);
                        }
                    }
                }
            }
            parts.sort(Integer::compare);
            StringBuilder sb = new StringBuilder();
            for (int k : parts) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(lx.full(form(k)));
            }
            return sb.toString();
        }

        int child(int h, String... rels) {
            for (String r : rels) {
                for (int c : children(h)) {
                    if (deprel(c).equals(r)) {
                        return c;
                    }
                }
            }
            return -1;
        }

        private boolean hasPossessive(int h) {
            for (int c : children(h)) {
                if (lx.words("possessive").contains(form(c))) {
                    return true;
                }
            }
            return false;
        }

        private int governingVerb(int h) {
            int k = head(h);
            for (int steps = 0; k >= 0 && steps < 3; steps++) {
                if (pos(k).equals("VERB")) {
                    return k;
                }
                k = head(k);
            }
            return -1;
        }

        /** A relative pronoun subject ("la police qui a fait feu") stands for the noun it modifies. */
        private int resolveRelative(int c, int h) {
            if (pos(c).equals("PRON") && deprel(h).startsWith("acl:relcl") && head(h) >= 0) {
                return head(h);
            }
            return c;
        }

        /** {first, end, noun} of WORDS found after {@code from} in its sentence, with the noun that follows, or null. */
        private int[] phraseAfter(int from, String[] words) {
            int sentence = tokens.get(from).sentence();
            for (int i = from + 1; i + words.length < tokens.size() && tokens.get(i).sentence() == sentence; i++) {
                boolean ok = true;
                for (int k = 0; k < words.length && ok; k++) {
                    ok = form(i + k).equals(words[k]);
                }
                if (ok) {
                    int noun = -1;
                    for (int j = i + words.length; j < tokens.size() && j < i + words.length + 4
                            && tokens.get(j).sentence() == sentence && noun < 0; j++) {
                        if (isNominal(j)) {
                            noun = j;
                        }
                    }
                    return new int[] {i, i + words.length, noun};
                }
            }
            return null;
        }

        private boolean covered(Mention m, int tok) {
            int off = tokens.get(tok).start();
            for (Arg g : m.args) {
                if (g.start <= off && off < g.end) {
                    return true;
                }
            }
            return false;
        }

        boolean isLocation(int i) {
            return "LOC".equals(tokens.get(i).ner());
        }

        EntityMention mentionAt(int i) {
            for (EntityMention em : doc.mentions()) {
                if (em.firstToken() <= i && i < em.endToken()) {
                    return em;
                }
            }
            return null;
        }

        String entityOf(int i) {
            if (!doc.has(Layer.ENTITIES)) {
                return null;
            }
            EntityMention best = null;
            for (EntityMention em : doc.mentions()) {
                if (em.firstToken() <= i && i < em.endToken()
                        && (best == null || em.endToken() - em.firstToken() < best.endToken() - best.firstToken())) {
                    best = em;
                }
            }
            if (best == null) {
                // "le président sud-africain X Y": the name in apposition to the head
                for (int c : children(i)) {
                    if (deprel(c).equals("appos") || deprel(c).equals("flat:name")) {
                        for (EntityMention em : doc.mentions()) {
                            if (em.firstToken() <= c && c < em.endToken() && mentionEntity.containsKey(em.id())) {
                                return mentionEntity.get(em.id());
                            }
                        }
                    }
                }
            }
            return best == null ? null : mentionEntity.get(best.id());
        }

        /** Adds the filler headed by {@code a}, and each conjunct of it as a filler of its own. */
        private void addFiller(Mention m, String role, int a, int trigger) {
            List<Integer> heads = new ArrayList<>();
            heads.add(a);
            for (int c : children(a)) {
                if (deprel(c).equals("conj") && (isNominal(c) || pos(c).equals("PRON"))) {
                    heads.add(c);
                }
            }
            heads.addAll(parallelConjuncts(a));
            for (int x : heads) {
                if (pos(x).equals("PRON") && entityOf(x) == null || !canFill(x)) {
                    continue;
                }
                if (x == trigger || covered(m, x)) {
                    continue;
                }
                int[] span = fillerSpan(x, trigger, m.blocked);
                if (span == null) {
                    continue;
                }
                int s = tokens.get(span[0]).start();
                int e = tokens.get(span[1]).end();
                m.args.add(new Arg(role, s, e, x, doc.text().substring(s, e), entityOf(x), quantity(x), false));
            }
        }

        /**
         * Conjuncts the parser attached to a definite noun inside an indefinite phrase that are
         * indefinite themselves: "un ensemble pour les actions et des vêtements" lists two items,
         * the second parallel to the phrase's head, not to "les actions".
         */
        private List<Integer> parallelConjuncts(int a) {
            List<Integer> out = new ArrayList<>();
            if (!hasChildIn(a, "det", lx.words("indefinite"))) {
                return out;
            }
            for (int n : children(a)) {
                if (!deprel(n).startsWith("nmod") || !hasChildIn(n, "det", lx.words("definite"))) {
                    continue;
                }
                for (int c : children(n)) {
                    if (deprel(c).equals("conj") && isNominal(c) && hasChildIn(c, "det", lx.words("indefinite"))) {
                        out.add(c);
                    }
                }
            }
            return out;
        }

        /** Whether a word can head a participant: not a time word, nor the noun of a complex preposition. */
        private boolean canFill(int x) {
            String f = form(x);
            if (lx.words("time-noun").contains(f) || lx.words("light-noun").contains(f)) {
                return false;
            }
            if (pos(x).equals("NUM") && child(x, "nmod") < 0) {
                return false;
            }
            if (doc.has(Layer.TIME)) {
                int off = tokens.get(x).start();
                for (TimeExpression t : doc.timexes()) {
                    if (t.start() <= off && off < t.end()) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** First and last token of a filler: the head's phrase, cut at commas, clauses, conjuncts and line breaks. */
        int[] fillerSpan(int a, int trigger, Set<Integer> blocked) {
            boolean[] in = new boolean[tokens.size()];
            collect(a, a, trigger, in, true);
            for (int b : blocked) {
                in[b] = false;
            }
            int lo = a;
            int hi = a;
            while (lo - 1 >= 0 && in[lo - 1] && !lineBreakBetween(lo - 1, lo)) {
                lo--;
            }
            while (hi + 1 < tokens.size() && in[hi + 1] && !lineBreakBetween(hi, hi + 1)) {
                hi++;
            }
            while (lo < a && (pos(lo).equals("PUNCT") || pos(lo).equals("ADP"))) {
                lo++;
            }
            while (hi > a && (pos(hi).equals("PUNCT") || pos(hi).equals("ADP") || pos(hi).equals("CCONJ"))) {
                hi--;
            }
            // a word split off a contraction ("du" → de + le) whose other half is outside
            while (lo < a && tokens.get(lo).isMultiwordPart() && lo > 0 && !in[lo - 1]
                    && tokens.get(lo - 1).start() == tokens.get(lo).start()) {
                lo++;
            }
            return new int[] {lo, hi};
        }

        private void collect(int k, int root, int trigger, boolean[] in, boolean top) {
            if (k == trigger || in[k]) {
                return;
            }
            in[k] = true;
            for (int c : children(k)) {
                String d = deprel(c);
                if (d.startsWith("acl:relcl") || d.equals("conj") || d.equals("cc") || d.equals("parataxis")
                        || d.equals("punct") || d.startsWith("advcl") || d.equals("ccomp") || d.equals("mark")
                        || d.equals("dep")) {
                    continue;
                }
                if (top && d.equals("case")) {
                    continue;
                }
                // an object or subject below a participle inside a noun phrase is a clause of its own
                if (!top && (d.equals("obj") || d.startsWith("nsubj"))) {
                    continue;
                }
                if (c > k && commaBetween(k, firstOf(c))) {
                    continue;
                }
                if (Languages.get(lx.lang).words().set("PREP_SOURCE").contains(caseOf(c))) {
                    continue;
                }
                // a clause inside the phrase ("… personnes seraient mortes"), not a modifier
                if (!top && (child(c, "aux") >= 0 || child(c, "cop") >= 0 || child(c, "nsubj") >= 0)
                        || top && (child(c, "aux") >= 0 || child(c, "nsubj") >= 0) && pos(c).equals("VERB")) {
                    continue;
                }
                // a noun phrase juxtaposed without preposition ("son train blindé l'Extrême-Orient")
                if ((deprel(c).startsWith("nmod") || deprel(c).startsWith("obl")) && caseOf(c).isEmpty()
                        && child(c, "det") >= 0) {
                    continue;
                }
                collect(c, root, trigger, in, false);
            }
        }

        /** A dateline or title under a headline is on another line than the sentence's events. */
        private boolean lineBreakBetweenOffsets(int from, int to) {
            return from < to && doc.text().substring(from, to).indexOf('\n') >= 0;
        }

                private boolean lineBreakBetween(int a, int b) {
            int s = Math.min(tokens.get(a).end(), tokens.get(b).start());
            return doc.text().substring(s, Math.max(s, tokens.get(b).start())).indexOf('\n') >= 0;
        }

        private int firstOf(int c) {
            int lo = c;
            for (int k : subtree(c)) {
                lo = Math.min(lo, k);
            }
            return lo;
        }

        private boolean commaBetween(int a, int b) {
            for (int i = a + 1; i < b; i++) {
                String f = form(i);
                if (f.equals(",") || f.equals(";") || f.equals("(") || f.equals("«") || f.equals("»")) {
                    return true;
                }
            }
            return false;
        }

        List<Integer> subtree(int h) {
            List<Integer> out = new ArrayList<>();
            List<Integer> stack = new ArrayList<>(List.of(h));
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            while (!stack.isEmpty()) {
                int k = stack.remove(stack.size() - 1);
                if (!seen.add(k)) {
                    continue; // a malformed parse with a cycle
                }
                out.add(k);
                for (int c : children(k)) {
                    String d = deprel(c);
                    if (d.equals("parataxis") || d.equals("ccomp") || d.startsWith("acl:relcl")
                            || (d.equals("conj") && pos(c).equals("VERB"))) {
                        continue;
                    }
                    stack.add(c);
                }
            }
            out.sort(Integer::compare);
            return out;
        }

        /** The number of items a noun phrase names: its numeral, or 1 for "un"/"une". */
        Integer quantity(int a) {
            for (int c : children(a)) {
                String d = deprel(c);
                if (d.equals("nummod") || (d.equals("det") && lx.numbers.containsKey(form(c)))) {
                    Integer v = number(c);
                    if (v != null) {
                        return v;
                    }
                }
            }
            return null;
        }

        Integer number(int c) {
            String f = form(c).replace("\u00a0", "").replace(" ", "");
            if (f.matches("\\d+")) {
                try {
                    return Integer.parseInt(f);
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            int total = 0;
            int current = 0;
            boolean any = false;
            for (String w : f.split("-")) {
                Integer v = lx.numbers.get(w);
                if (v == null) {
                    if (Languages.get(lx.lang).words().set("NUMBER_CONJUNCTION").contains(w)) {
                        continue;
                    }
                    return null;
                }
                any = true;
                if (v == 100 || v == 1000) {
                    current = Math.max(1, current) * v;
                    if (v == 1000) {
                        total += current;
                        current = 0;
                    }
                } else {
                    current += v;
                }
            }
            return any ? total + current : null;
        }

        // ---------------------------------------------------------------- polarity and modality

        void judge(Mention m) {
            int h = m.head;
            boolean neg = negated(h) || (m.support >= 0 && negated(m.support));
            if (!neg && deprel(h).equals("obj")) {
                int gov = head(h);
                neg = gov >= 0 && hasChildIn(gov, "advmod", lx.negation("adverb")) && isNominal(h);
            }
            for (int k = head(h), steps = 0; !neg && k >= 0 && steps < 3; k = head(k), steps++) {
                neg = lx.negation("denial").contains(form(k));
            }
            if (m.entry.has("inverse")) {
                neg = false;
            }
            m.polarity = neg ? Polarity.NEGATIVE : Polarity.POSITIVE;
            m.modality = other(m) ? Modality.OTHER : Modality.ASSERTED;
        }

        boolean negated(int h) {
            if (hasChildIn(h, null, lx.negation("adverb"))) {
                return true;
            }
            for (int c : children(h)) {
                String d = deprel(c);
                if ((d.equals("det") || d.equals("advmod")) && lx.negation("det").contains(form(c))) {
                    return true;
                }
                if (d.equals("mark") && lx.negation("prep").contains(form(c))) {
                    return true;
                }
                if (d.startsWith("nsubj") || d.equals("obj")) {
                    if (d.startsWith("nsubj") && lx.negation("subject").contains(form(c))) {
                        return true;
                    }
                    if (hasChildIn(c, "det", lx.negation("det"))) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean hasChildIn(int h, String rel, Set<String> words) {
            for (int c : children(h)) {
                if ((rel == null || deprel(c).equals(rel)) && words.contains(form(c))) {
                    return true;
                }
            }
            return false;
        }

        private boolean other(Mention m) {
            if (m.entry.has("other") || "FUT".equals(m.tag)) {
                return true;
            }
            int h = m.head;
            for (int c : children(h)) {
                String d = deprel(c);
                if ((d.equals("amod") || d.equals("advmod")) && lx.modality("modifier").contains(form(c))) {
                    return true;
                }
                if (d.startsWith("aux") && (lx.modality("auxiliary").contains(form(c))
                        || lx.modality("governor").contains(form(c)))) {
                    return true;
                }
            }
            List<Integer> govs = new ArrayList<>();
            if (m.support >= 0) {
                govs.add(m.support);
            }
            int k = head(h);
            for (int steps = 0; k >= 0 && steps < 3; steps++) {
                govs.add(k);
                k = head(k);
            }
            for (int g : govs) {
                if (g == m.support) {
                    for (int c : children(g)) {
                        if (deprel(c).startsWith("aux") && lx.modality("auxiliary").contains(form(c))) {
                            return true;
                        }
                    }
                }
                if (lx.modality("governor").contains(form(g))) {
                    return true;
                }
                for (int c : children(g)) {
                    if (deprel(c).startsWith("aux") && lx.modality("governor").contains(form(c))) {
                        return true;
                    }
                }
                if (lx.modality("unconfirmed").contains(form(g)) && hasChildIn(g, null, lx.negation("adverb"))) {
                    return true;
                }
                if (deprel(g).equals("root")) {
                    break;
                }
            }
            return false;
        }

        /**
         * Scene continuity: an event of a scene subtype ({@code types.tsv}) whose sentence names no
         * place happens where the closest earlier event of the article happened (news stories stay
         * in one place unless they say otherwise).
         */
        void continueScene(List<Mention> mentions) {
            Arg scene = null;
            for (Mention m : mentions) {
                Arg own = m.args.stream().filter(g -> g.role.equals("Place")).findFirst().orElse(null);
                if (own != null) {
                    scene = own;
                } else if (scene != null && lx.sceneTypes.contains(m.type)) {
                    m.args.add(scene.inherit());
                }
            }
        }

        // ---------------------------------------------------------------- time and source

        void locateTime(Mention m) {
            if (!doc.has(Layer.TIME)) {
                return;
            }
            int sentence = tokens.get(m.head).sentence();
            List<Integer> clause = subtree(clauseHead(m));
            TimeExpression best = null;
            int bestScore = Integer.MAX_VALUE;
            for (TimeExpression x : doc.timexes()) {
                if (!usable(x) || lineBreakBetweenOffsets(Math.min(x.end(), m.start), Math.max(x.start(), m.end))) {
                    continue;
                }
                int tok = tokenAt(x.start());
                if (tok < 0 || tokens.get(tok).sentence() != sentence) {
                    continue;
                }
                int score = Math.abs(tok - m.head);
                if (clause.contains(tok)) {
                    score -= 1000;
                }
                if (score < bestScore) {
                    bestScore = score;
                    best = x;
                }
            }
            if (best != null) {
                m.time = best.value();
            }
        }

        /**
         * An event framed by another event mention ("aucun traité ne fut conclu lors de la
         * rencontre", "au cours de leur rencontre, ils ont…") happened at that event's time and
         * place (when its own sentence names none).
         * A demonstrative frame that names nothing itself ("lors de cette visite") refers back to
         * the closest dated event of the two sentences before. Linked mentions share the time.
         */
        void factsFromFramingEvents(List<Mention> mentions) {
            for (Mention m : mentions) {
                Mention frame = framing(m, mentions);
                if (frame == null) {
                    continue;
                }
                Mention source = frame;
                if (frame.time == null && place(frame) == null && frame.anaphoric) {
                    source = antecedent(frame, mentions);
                }
                if (source == null) {
                    continue;
                }
                List<String> allowed = lx.typeRoles.getOrDefault(m.type, List.of());
                if (m.time == null && source.time != null) {
                    m.time = source.time;
                    for (Mention co : m.chain) {
                        if (co.time == null) {
                            co.time = m.time;
                        }
                    }
                }
                Arg place = place(source);
                if (place != null && allowed.contains("Place") && place(m) == null) {
                    m.args.add(place.inherit());
                }
                addCountryParties(m, source, allowed);
            }
        }

        /**
         * "aucun traité ne fut conclu lors de la rencontre": the parties of an event of a
         * {@code country-party-type} ({@code words.tsv}) framed by a meeting are the countries of
         * the meeting's participants, each as a mention of that country in the text.
         */
        private void addCountryParties(Mention m, Mention frame, List<String> allowed) {
            if (!lx.words("country-party-type").contains(m.type)) {
                return;
            }
            for (String role : allowed) {
                if (role.equals("Place") || m.args.stream().anyMatch(g -> g.role.equals(role))) {
                    continue;
                }
                Set<String> codes = new java.util.LinkedHashSet<>();
                for (Arg g : frame.args) {
                    String c = g.role.equals(role) && g.entity != null ? countryOf(entity(g.entity)) : null;
                    if (c != null) {
                        codes.add(c);
                    }
                }
                if (codes.size() < 2) {
                    continue;
                }
                for (String c : codes) {
                    Arg filler = countryMention(role, c, m.head);
                    if (filler != null) {
                        m.args.add(filler);
                    }
                }
            }
        }

        /** The nominal event mention in an oblique of m's clause, directly or under a light noun ("au cours de"). */
        private Mention framing(Mention m, List<Mention> mentions) {
            int clause = clauseHead(m);
            for (Mention o : mentions) {
                if (o == m || !isNominal(o.head)) {
                    continue;
                }
                int g = head(o.head);
                String d = deprel(o.head);
                if (!(d.startsWith("obl") || d.startsWith("nmod"))) {
                    continue;
                }
                if (g >= 0 && g != clause && g != m.head && lx.words("light-noun").contains(form(g))
                        && deprel(g).startsWith("obl")) {
                    g = head(g);
                }
                if (g == clause || g == m.head) {
                    return o;
                }
            }
            return null;
        }

        /** The closest earlier dated mention in the frame's sentence or the two before. */
        private Mention antecedent(Mention frame, List<Mention> mentions) {
            int sentence = tokens.get(frame.head).sentence();
            Mention best = null;
            for (Mention p : mentions) {
                int ps = tokens.get(p.head).sentence();
                if (p.head < frame.head && p.time != null && ps >= sentence - 2 && !p.chain.contains(frame)) {
                    best = p;
                }
            }
            return best;
        }

        private static Arg place(Mention m) {
            return m.args.stream().filter(g -> g.role.equals("Place")).findFirst().orElse(null);
        }

        /**
         * Narrative continuity: an undated, asserted verbal event whose sentence has no time
         * expression happened when the events of the sentence right before did (same paragraph),
         * as stories tell one day's events in a row ("Hier, X a rencontré… Sur l'île, X s'est rendu…").
         */
        void continueNarrativeTime(List<Mention> mentions) {
            if (!doc.has(Layer.TIME)) {
                return;
            }
            Map<Integer, String> sentenceTime = new HashMap<>();
            for (Mention m : mentions) {
                int sentence = tokens.get(m.head).sentence();
                if (m.time == null && m.modality == Modality.ASSERTED && pos(m.head).equals("VERB")
                        && !"FUT".equals(m.tag) && !hasTimex(sentence) && sentenceTime.containsKey(sentence - 1)
                        && !lineBreakBetweenOffsets(doc.sentences().get(sentence - 1).end(), m.start)) {
                    m.time = sentenceTime.get(sentence - 1);
                    for (Mention co : m.chain) {
                        if (co.time == null) {
                            co.time = m.time;
                        }
                    }
                }
                if (m.time != null) {
                    sentenceTime.putIfAbsent(sentence, m.time);
                }
            }
        }

        private boolean hasTimex(int sentence) {
            org.depeche.model.Sentence s = doc.sentences().get(sentence);
            for (TimeExpression x : doc.timexes()) {
                if (x.start() >= s.start() && x.end() <= s.end()) {
                    return true;
                }
            }
            return false;
        }

        private int clauseHead(Mention m) {
            int h = m.head;
            if (m.support >= 0) {
                return m.support;
            }
            if (isNominal(h)) {
                int v = governingVerb(h);
                return v >= 0 ? v : h;
            }
            return h;
        }

        private static boolean usable(TimeExpression x) {
            String v = x.value();
            return v != null && (x.type() == TimexType.DATE || x.type() == TimexType.TIME)
                    && Character.isDigit(v.isEmpty() ? 'x' : v.charAt(0));
        }

        int tokenAt(int offset) {
            for (Token t : tokens) {
                if (t.start() <= offset && offset < t.end()) {
                    return t.index();
                }
            }
            return -1;
        }

        void attachSources(Mention m) {
            if (!doc.has(Layer.QUOTES)) {
                return;
            }
            Quote best = null;
            for (Quote q : doc.quotes()) {
                TextSpan c = q.content();
                if (c.start() <= m.start && m.end <= c.end()
                        && (best == null || c.end() - c.start() < best.content().end() - best.content().start())) {
                    best = q;
                }
            }
            if (best == null) {
                best = governingReport(m);
            }
            if (best == null) {
                return;
            }
            List<SourceRef> src = new ArrayList<>();
            if (best.speaker() != null) {
                src.add(best.speaker());
            }
            for (SourceRef v : best.via()) {
                if (src.stream().noneMatch(x -> x.text().equalsIgnoreCase(v.text())
                        || x.entity() != null && x.entity().equals(v.entity()))) {
                    src.add(v);
                }
            }
            m.sources = List.copyOf(src);
        }

        /**
         * A report whose cue governs the trigger's whole sentence without the quote marks holding
         * the trigger: a post-posed cue ("X a offert … «…», ont déclaré les services") makes
         * everything before it reported speech; a pre-posed cue ("Y a affirmé que X … «…»") makes
         * the stretch from the cue to the end of its quote reported speech. The nearest such cue wins.
         */
        private Quote governingReport(Mention m) {
            int sentence = tokens.get(m.head).sentence();
            int sentenceStart = doc.sentences().get(sentence).start();
            int sentenceEnd = doc.sentences().get(sentence).end();
            Quote best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Quote q : doc.quotes()) {
                Quote.Cue cue = q.cue();
                if (cue == null || q.speaker() == null || cue.start() < sentenceStart || cue.end() > sentenceEnd
                        || q.content().start() < sentenceStart || q.content().end() > sentenceEnd) {
                    continue;
                }
                boolean postPosed = q.content().end() <= cue.start();
                boolean inside = postPosed
                        ? m.end <= cue.start()
                        : cue.end() <= m.start && m.end <= q.content().end();
                int distance = postPosed ? cue.start() - m.end : m.start - cue.end();
                if (inside && distance < bestDistance) {
                    best = q;
                    bestDistance = distance;
                }
            }
            return best;
        }
    }
}
