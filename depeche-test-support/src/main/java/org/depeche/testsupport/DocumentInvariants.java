package org.depeche.testsupport;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.depeche.model.Document;
import org.depeche.model.Entity;
import org.depeche.model.EntityMention;
import org.depeche.model.Event;
import org.depeche.model.Layer;
import org.depeche.model.Quote;
import org.depeche.model.Sentence;
import org.depeche.model.SourceRef;
import org.depeche.model.TextSpan;
import org.depeche.model.TimeExpression;
import org.depeche.model.Token;

/**
 * What every document must hold, whatever made it: each span's text slices back out of the
 * document text, token and sentence ranges are consistent, the parse stays inside its sentence
 * and only on parsed sentences, and every id a layer refers to (mentions of an entity, a quote's
 * speaker, an event argument's entity) exists. {@link #check} lists every violation at once.
 */
public final class DocumentInvariants {

    private DocumentInvariants() {
    }

    /** Fails with every violation listed, or returns when there is none. */
    public static void assertHolds(Document doc) {
        List<String> problems = check(doc);
        if (!problems.isEmpty()) {
            throw new AssertionError("document '" + doc.id() + "' breaks " + problems.size() + " invariant(s):\n  "
                    + String.join("\n  ", problems));
        }
    }

    /** The violations, one line each; empty when the document is consistent. */
    public static List<String> check(Document doc) {
        List<String> p = new ArrayList<>();
        String text = doc.text();
        List<Token> tokens = doc.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.index() != i) {
                p.add("token at " + i + " has index " + t.index());
            }
            if (i > 0 && t.start() < tokens.get(i - 1).start()) {
                p.add("token " + i + " starts before token " + (i - 1));
            }
            if (!t.isMultiwordPart()) {
                slice(p, text, "token " + i, t.start(), t.end(), t.text());
            } else {
                slice(p, text, "multi-word token of word " + i, t.start(), t.end(), t.surface());
            }
        }
        int expectedFirst = 0;
        for (int s = 0; s < doc.sentences().size(); s++) {
            Sentence sentence = doc.sentences().get(s);
            if (sentence.index() != s) {
                p.add("sentence at " + s + " has index " + sentence.index());
            }
            if (sentence.firstToken() != expectedFirst || sentence.endToken() > tokens.size()) {
                p.add("sentence " + s + " covers tokens [" + sentence.firstToken() + ", " + sentence.endToken()
                        + ") after tokens up to " + expectedFirst + " of " + tokens.size());
            }
            expectedFirst = sentence.endToken();
            inText(p, text, "sentence " + s, sentence.start(), sentence.end());
            for (int i = sentence.firstToken(); i < Math.min(sentence.endToken(), tokens.size()); i++) {
                Token t = tokens.get(i);
                if (t.sentence() != s) {
                    p.add("token " + i + " says sentence " + t.sentence() + " but lies in sentence " + s);
                }
                if (t.start() < sentence.start() || t.end() > sentence.end()) {
                    p.add("token " + i + " [" + t.start() + ", " + t.end() + ") outside its sentence " + s);
                }
                if (!sentence.parsed() && (t.head() != null || t.deprel() != null)) {
                    p.add("token " + i + " has a parse but sentence " + s + " is not parsed");
                }
                if (sentence.parsed() && t.head() != null && t.head() != -1
                        && (t.head() < sentence.firstToken() || t.head() >= sentence.endToken())) {
                    p.add("token " + i + " has head " + t.head() + " outside its sentence " + s);
                }
            }
        }
        if (!doc.sentences().isEmpty() && expectedFirst != tokens.size()) {
            p.add("sentences cover " + expectedFirst + " of " + tokens.size() + " tokens");
        }
        if (doc.has(Layer.DEPPARSE) && doc.sentences().stream().anyMatch(s -> !s.parsed())) {
            p.add("DEPPARSE is claimed but not every sentence was parsed");
        }
        Set<String> mentionIds = new HashSet<>();
        for (EntityMention m : doc.mentions()) {
            if (!mentionIds.add(m.id())) {
                p.add("mention id " + m.id() + " used twice");
            }
            slice(p, text, "mention " + m.id(), m.start(), m.end(), m.text());
            if (m.firstToken() < 0 || m.endToken() > tokens.size() || m.endToken() <= m.firstToken()) {
                p.add("mention " + m.id() + " has token range [" + m.firstToken() + ", " + m.endToken() + ")");
            }
        }
        Set<String> entityIds = new HashSet<>();
        for (Entity e : doc.entities()) {
            if (!entityIds.add(e.id())) {
                p.add("entity id " + e.id() + " used twice");
            }
            for (String m : e.mentions()) {
                if (!mentionIds.contains(m)) {
                    p.add("entity " + e.id() + " lists mention " + m + ", which does not exist");
                }
            }
        }
        for (Entity e : doc.entities()) {
            if (e.standsFor() != null && !entityIds.contains(e.standsFor())) {
                p.add("entity " + e.id() + " stands for entity " + e.standsFor() + ", which does not exist");
            }
        }
        for (TimeExpression t : doc.timexes()) {
            slice(p, text, "timex " + t.id(), t.start(), t.end(), t.text());
        }
        for (Quote q : doc.quotes()) {
            span(p, text, "quote " + q.id() + " content", q.content());
            if (q.cue() != null) {
                slice(p, text, "quote " + q.id() + " cue", q.cue().start(), q.cue().end(), q.cue().text());
            }
            source(p, text, "quote " + q.id() + " speaker", q.speaker(), mentionIds, entityIds);
            for (SourceRef v : q.via()) {
                source(p, text, "quote " + q.id() + " via", v, mentionIds, entityIds);
            }
        }
        Set<String> eventIds = new HashSet<>();
        doc.events().forEach(e -> eventIds.add(e.id()));
        for (Event e : doc.events()) {
            span(p, text, "event " + e.id() + " trigger", e.trigger());
            for (Event.Argument a : e.arguments()) {
                span(p, text, "event " + e.id() + " " + a.role(), a.filler());
                if (a.entity() != null && !entityIds.contains(a.entity())) {
                    p.add("event " + e.id() + " " + a.role() + " names entity " + a.entity() + ", which does not exist");
                }
            }
            for (SourceRef s : e.sources()) {
                source(p, text, "event " + e.id() + " source", s, mentionIds, entityIds);
            }
            for (String c : e.coreferent()) {
                if (!eventIds.contains(c)) {
                    p.add("event " + e.id() + " is coreferent with " + c + ", which does not exist");
                }
            }
        }
        return p;
    }

    private static void source(List<String> p, String text, String what, SourceRef s, Set<String> mentions,
                               Set<String> entities) {
        if (s == null) {
            return;
        }
        slice(p, text, what, s.start(), s.end(), s.text());
        if (s.mention() != null && !mentions.contains(s.mention())) {
            p.add(what + " names mention " + s.mention() + ", which does not exist");
        }
        if (s.entity() != null && !entities.contains(s.entity())) {
            p.add(what + " names entity " + s.entity() + ", which does not exist");
        }
    }

    private static void span(List<String> p, String text, String what, TextSpan s) {
        if (s != null) {
            slice(p, text, what, s.start(), s.end(), s.text());
        }
    }

    private static boolean inText(List<String> p, String text, String what, int start, int end) {
        if (start < 0 || end > text.length() || start > end) {
            p.add(what + " [" + start + ", " + end + ") is outside the text (" + text.length() + ")");
            return false;
        }
        return true;
    }

    private static void slice(List<String> p, String text, String what, int start, int end, String expected) {
        if (inText(p, text, what, start, end) && expected != null && !text.substring(start, end).equals(expected)) {
            p.add(what + " says '" + expected + "' but [" + start + ", " + end + ") is '" + text.substring(start, end)
                    + "'");
        }
    }
}
