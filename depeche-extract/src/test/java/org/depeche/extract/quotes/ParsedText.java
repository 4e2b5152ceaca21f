package org.depeche.extract.quotes;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.depeche.model.Document;
import org.depeche.model.EntityMention;
import org.depeche.model.EntityType;
import org.depeche.model.Layer;
import org.depeche.model.MentionKind;
import org.depeche.model.Sentence;
import org.depeche.model.Token;

/**
 * Builds a parsed document by hand for fast tests, one sentence per string, one word per
 * space-separated field {@code form/UPOS/head/deprel[/lemma[/NER]]}: heads count from 1 within
 * the sentence, 0 is the root; "_" leaves lemma or NER empty. Words are joined by one space,
 * sentences by one space; consecutive words with the same NER tag make one mention.
 */
final class ParsedText {

    private ParsedText() {
    }

    static Document of(String lang, String... sentences) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sents = new ArrayList<>();
        boolean lemmas = false;
        for (int s = 0; s < sentences.length; s++) {
            int first = tokens.size();
            int start = -1;
            for (String field : sentences[s].trim().split(" +")) {
                String[] f = field.split("/", -1);
                if (text.length() > 0) {
                    text.append(' ');
                }
                int b = text.length();
                text.append(f[0]);
                if (start < 0) {
                    start = b;
                }
                int head = Integer.parseInt(f[2]);
                String lemma = f.length > 4 && !f[4].equals("_") ? f[4] : null;
                lemmas |= lemma != null;
                String ner = f.length > 5 && !f[5].equals("_") ? f[5] : null;
                tokens.add(new Token(tokens.size(), s, f[0], b, text.length(), null, f[1], lemma,
                        head == 0 ? -1 : first + head - 1, f[3], ner));
            }
            sents.add(new Sentence(s, start, text.length(), first, tokens.size(), true));
        }
        List<EntityMention> mentions = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            String ner = tokens.get(i).ner();
            int j = i + 1;
            while (ner != null && j < tokens.size() && ner.equals(tokens.get(j).ner())
                    && tokens.get(j).sentence() == tokens.get(i).sentence()) {
                j++;
            }
            if (ner != null) {
                int b = tokens.get(i).start();
                int e = tokens.get(j - 1).end();
                mentions.add(new EntityMention("m" + (mentions.size() + 1), EntityType.fromTag(ner), b, e,
                        text.substring(b, e), i, j, MentionKind.NAME));
            }
            i = j;
        }
        EnumSet<Layer> layers = EnumSet.of(Layer.TOKENS, Layer.POS, Layer.NER, Layer.DEPPARSE);
        if (lemmas) {
            layers.add(Layer.LEMMA);
        }
        return Document.of("test", lang, null, null, text.toString()).withAnalysis(layers, sents, tokens, mentions);
    }
}
