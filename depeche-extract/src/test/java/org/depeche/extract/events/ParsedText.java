package org.depeche.extract.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.depeche.model.Document;
import org.depeche.model.DocumentMeta;
import org.depeche.model.EntityMention;
import org.depeche.model.EntityType;
import org.depeche.model.Layer;
import org.depeche.model.MentionKind;
import org.depeche.model.Sentence;
import org.depeche.model.Token;

/**
 * Builds a parsed document by hand for fast tests: each sentence is a list of words written
 * {@code form/UPOS/head/deprel[/NER]}, heads counted from 1 within the sentence (0 = root), as
 * in CoNLL-U. Words are joined with single spaces; the builder computes offsets, turns heads
 * into document-level indices and makes one name mention per run of NER-tagged words.
 */
final class ParsedText {

    private final StringBuilder text = new StringBuilder();
    private final List<Token> tokens = new ArrayList<>();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<EntityMention> mentions = new ArrayList<>();

    ParsedText sentence(String words) {
        if (text.length() > 0) {
            text.append(' ');
        }
        int first = tokens.size();
        int sentenceStart = text.length();
        String[] ws = words.trim().split("\\s+");
        for (int i = 0; i < ws.length; i++) {
            String[] f = ws[i].split("/");
            if (i > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(f[0]);
            int head = Integer.parseInt(f[2]);
            String ner = f.length > 4 ? f[4] : null;
            tokens.add(new Token(first + i, sentences.size(), f[0], start, text.length(), null, f[1], null,
                    head == 0 ? -1 : first + head - 1, f[3], ner));
        }
        sentences.add(new Sentence(sentences.size(), sentenceStart, text.length(), first, tokens.size(), true));
        // one mention per run of words with the same NER tag
        for (int i = first; i < tokens.size(); ) {
            String ner = tokens.get(i).ner();
            int j = i + 1;
            while (ner != null && j < tokens.size() && ner.equals(tokens.get(j).ner())) {
                j++;
            }
            if (ner != null) {
                int s = tokens.get(i).start();
                int e = tokens.get(j - 1).end();
                mentions.add(new EntityMention("m" + (mentions.size() + 1), EntityType.fromTag(ner), s, e,
                        text.substring(s, e), i, j, MentionKind.NAME));
            }
            i = j;
        }
        return this;
    }

    Document document(String lang) {
        Document doc = Document.of("test", lang, java.time.LocalDate.of(2024, 5, 2), DocumentMeta.of("test"), text.toString());
        return doc.withAnalysis(EnumSet.of(Layer.TOKENS, Layer.POS, Layer.NER, Layer.DEPPARSE), sentences, tokens, mentions);
    }
}
