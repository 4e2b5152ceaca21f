package org.depeche.io;

import java.util.List;
import org.depeche.model.Document;
import org.depeche.model.Sentence;
import org.depeche.model.Token;

/**
 * CoNLL-U (universaldependencies.org/format.html): one block per sentence, multi-word tokens as
 * range lines ({@code 3-4  du}), character offsets and NER in MISC ({@code TokenRange=s:e},
 * {@code NER=PER}, {@code SpaceAfter=No}). Heads are sentence-relative; an unparsed sentence
 * has {@code _} for HEAD and DEPREL.
 */
public final class ConlluWriter {

    private ConlluWriter() {
    }

    public static String write(Document doc) {
        StringBuilder out = new StringBuilder();
        out.append("# newdoc id = ").append(doc.id()).append('\n');
        List<Token> tokens = doc.tokens();
        String text = doc.text();
        for (Sentence s : doc.sentences()) {
            out.append("# sent_id = ").append(doc.id()).append('-').append(s.index() + 1).append('\n');
            out.append("# text = ").append(text.substring(s.start(), s.end()).replaceAll("\\s+", " ")).append('\n');
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = tokens.get(i);
                int id = i - s.firstToken() + 1;
                if (t.isMultiwordPart() && (i == s.firstToken() || !sameToken(tokens.get(i - 1), t))) {
                    int last = i;
                    while (last + 1 < s.endToken() && sameToken(tokens.get(last + 1), t)) {
                        last++;
                    }
                    out.append(id).append('-').append(last - s.firstToken() + 1).append('\t')
                            .append(field(t.surface())).append("\t_\t_\t_\t_\t_\t_\t_\t")
                            .append(misc(t, tokens, s, text, true)).append('\n');
                }
                String head = t.head() == null ? "_" : String.valueOf(t.head() < 0 ? 0 : t.head() - s.firstToken() + 1);
                out.append(id).append('\t')
                        .append(field(t.text())).append('\t')
                        .append(field(t.lemma())).append('\t')
                        .append(field(t.pos())).append("\t_\t_\t")
                        .append(head).append('\t')
                        .append(field(t.deprel())).append("\t_\t")
                        .append(t.isMultiwordPart() ? nerOnly(t) : misc(t, tokens, s, text, false)).append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static boolean sameToken(Token a, Token b) {
        return a.isMultiwordPart() && b.isMultiwordPart() && a.start() == b.start() && a.end() == b.end();
    }

    private static String misc(Token t, List<Token> tokens, Sentence s, String text, boolean rangeLine) {
        StringBuilder m = new StringBuilder();
        if (!rangeLine && t.ner() != null) {
            m.append("NER=").append(t.ner()).append('|');
        }
        int last = t.index();
        while (last + 1 < tokens.size() && sameToken(tokens.get(last + 1), t)) {
            last++;
        }
        boolean spaceAfter = last + 1 >= s.endToken() || tokens.get(last + 1).start() > t.end();
        if (!spaceAfter) {
            m.append("SpaceAfter=No|");
        }
        m.append("TokenRange=").append(t.start()).append(':').append(t.end());
        return m.toString();
    }

    private static String nerOnly(Token t) {
        return t.ner() == null ? "_" : "NER=" + t.ner();
    }

    private static String field(String v) {
        if (v == null || v.isEmpty()) {
            return "_";
        }
        return v.replace('\t', ' ').replace('\n', ' ').strip();
    }
}
