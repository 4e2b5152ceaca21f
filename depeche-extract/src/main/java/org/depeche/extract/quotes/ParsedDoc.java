package org.depeche.extract.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.depeche.extract.DependencyTree;
import org.depeche.model.Document;
import org.depeche.model.EntityMention;
import org.depeche.model.Layer;
import org.depeche.model.Sentence;
import org.depeche.model.Token;
import org.depeche.nlp.Lemmatizer;

/**
 * Read-only views over one document that quote extraction needs: each word's lemma, children
 * in the dependency tree ({@link DependencyTree}), subtrees, and the entity mention a word
 * belongs to. Built per call.
 */
final class ParsedDoc extends DependencyTree {

    final Document doc;
    final List<Token> tokens;
    final String[] lemmas;
    final EntityMention[] mentionOf;

    ParsedDoc(Document doc, Lemmatizer lemmatizer) {
        super(doc.tokens());
        this.doc = doc;
        this.tokens = doc.tokens();
        int n = tokens.size();
        lemmas = new String[n];
        for (Token t : tokens) {
            // documents parsed without lemmas (or with CoreNLP's lowercasing only) get them here
            String lemma = doc.has(Layer.LEMMA) ? t.lemma() : null;
            if (lemma == null) {
                lemma = lemmatizer != null ? lemmatizer.lemma(t.text(), t.pos()) : t.text().toLowerCase(Locale.ROOT);
            }
            lemmas[t.index()] = lemma.toLowerCase(Locale.ROOT).replace('’', '\'');
        }
        mentionOf = new EntityMention[n];
        for (EntityMention m : doc.mentions()) {
            for (int i = m.firstToken(); i < m.endToken() && i < n; i++) {
                if (mentionOf[i] == null) {
                    mentionOf[i] = m;
                }
            }
        }
    }

    Token tok(int i) {
        return tokens.get(i);
    }

    String lower(int i) {
        return tokens.get(i).text().toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    String deprel(int i) {
        String d = tokens.get(i).deprel();
        return d == null ? "" : d;
    }

    /** The relation without its subtype ("nsubj:pass" → "nsubj"). */
    String rel(int i) {
        String d = deprel(i);
        int colon = d.indexOf(':');
        return colon < 0 ? d : d.substring(0, colon);
    }

    boolean isPunct(int i) {
        return "PUNCT".equals(pos(i)) || tokens.get(i).text().codePoints().noneMatch(Character::isLetterOrDigit);
    }

    boolean isNominal(int i) {
        String p = pos(i);
        return p.equals("NOUN") || p.equals("PROPN") || p.equals("PRON") || p.equals("NUM");
    }

    Sentence sentenceOf(int i) {
        return doc.sentences().get(tokens.get(i).sentence());
    }

    /** Children of a word with one of the given relations (without subtype). */
    List<Integer> childrenWith(int i, String... rels) {
        List<Integer> out = new ArrayList<>();
        for (int c : children(i)) {
            String r = rel(c);
            for (String want : rels) {
                if (r.equals(want)) {
                    out.add(c);
                    break;
                }
            }
        }
        return out;
    }

    /** All words of a subtree, the root included, in any order. */
    List<Integer> subtree(int root) {
        List<Integer> out = new ArrayList<>();
        List<Integer> stack = new ArrayList<>();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        stack.add(root);
        while (!stack.isEmpty()) {
            int i = stack.remove(stack.size() - 1);
            if (seen.add(i)) { // a malformed parse with a cycle must not loop forever
                out.add(i);
                stack.addAll(children(i));
            }
        }
        return out;
    }

    /** First and last word of a subtree: {min, max}. */
    int[] extent(int root) {
        int lo = root;
        int hi = root;
        for (int i : subtree(root)) {
            lo = Math.min(lo, i);
            hi = Math.max(hi, i);
        }
        return new int[] {lo, hi};
    }

    /** True if {@code anc} is {@code i} or one of its ancestors. */
    boolean dominates(int anc, int i) {
        int cur = i;
        for (int guard = 0; cur >= 0 && guard < 100; guard++) {
            if (cur == anc) {
                return true;
            }
            cur = head(cur);
        }
        return false;
    }

    /** The first word starting at or after a character offset, or tokens.size(). */
    int tokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
