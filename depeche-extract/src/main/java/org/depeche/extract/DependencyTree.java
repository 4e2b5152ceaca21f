package org.depeche.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.depeche.model.Token;

/**
 * The dependency tree of a document, read from its tokens: each word's head ({@link Token#head()},
 * a token index in the document) and its dependents in text order. A word without a head, or
 * whose head lies outside the document, is a root. The stages that read the parse (quotes,
 * events) extend this view with their own readings of relations and word classes.
 */
public class DependencyTree {

    private final List<Token> tokens;
    private final List<List<Integer>> children;

    protected DependencyTree(List<Token> tokens) {
        this.tokens = tokens;
        int n = tokens.size();
        List<List<Integer>> c = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            c.add(new ArrayList<>());
        }
        for (Token t : tokens) {
            Integer h = t.head();
            if (h != null && h >= 0 && h < n) {
                c.get(h).add(t.index());
            }
        }
        for (int i = 0; i < n; i++) {
            c.set(i, Collections.unmodifiableList(c.get(i)));
        }
        this.children = c;
    }

    /** The dependents of a word, in text order. */
    public final List<Integer> children(int i) {
        return children.get(i);
    }

    /** The head of a word, or -1 for a root or an unparsed word. */
    public final int head(int i) {
        Integer h = tokens.get(i).head();
        return h == null ? -1 : h;
    }

    /** The word's universal part of speech, or "" when it has none. */
    public final String pos(int i) {
        String p = tokens.get(i).pos();
        return p == null ? "" : p;
    }
}
