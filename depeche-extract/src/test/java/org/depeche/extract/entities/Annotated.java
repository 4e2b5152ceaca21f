package org.depeche.extract.entities;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.depeche.model.Document;
import org.depeche.model.Entity;
import org.depeche.model.EntityMention;
import org.depeche.model.EntityType;
import org.depeche.model.Layer;
import org.depeche.model.MentionKind;
import org.depeche.model.Sentence;
import org.depeche.model.Token;

/**
 * Builds a tagged document by hand, as the language pipeline would: words written
 * {@code form/POS} or {@code form/POS/NER}, separated by spaces; a {@code ./PUNCT} word ends a
 * sentence; consecutive words with the same NER tag make one mention.
 */
final class Annotated {

    private Annotated() {
    }

    static Document doc(String lang, String annotated) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        String[] words = annotated.trim().split("\\s+");
        int sentenceStart = 0;
        int sentenceFirstToken = 0;
        for (String w : words) {
            String[] f = w.split("/");
            String form = f[0].replace('_', ' ');
            if (text.length() > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(form);
            tokens.add(new Token(tokens.size(), sentences.size(), form, start, text.length(), null, f[1], null, null,
                    null, f.length > 2 ? f[2] : null));
            if (form.equals(".")) {
                sentences.add(new Sentence(sentences.size(), sentenceStart, text.length(), sentenceFirstToken,
                        tokens.size(), false));
                sentenceStart = text.length() + 1;
                sentenceFirstToken = tokens.size();
            }
        }
        if (sentenceFirstToken < tokens.size()) {
            sentences.add(new Sentence(sentences.size(), sentenceStart, text.length(), sentenceFirstToken,
                    tokens.size(), false));
        }
        List<EntityMention> mentions = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String tag = tokens.get(i).ner();
            if (tag == null) {
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && tag.equals(tokens.get(j + 1).ner())
                    && tokens.get(j + 1).sentence() == tokens.get(i).sentence()) {
                j++;
            }
            int start = tokens.get(i).start();
            int end = tokens.get(j).end();
            mentions.add(new EntityMention("m" + (mentions.size() + 1), EntityType.fromTag(tag), start, end,
                    text.substring(start, end), i, j + 1, MentionKind.NAME));
            i = j;
        }
        return Document.of("test", lang, null, null, text.toString())
                .withAnalysis(EnumSet.of(Layer.TOKENS, Layer.POS, Layer.NER), sentences, tokens, mentions);
    }

    /** The texts of an entity's mentions, in order. */
    static List<String> texts(Document doc, Entity e) {
        return e.mentions().stream()
                .map(id -> doc.mentions().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow().text())
                .toList();
    }

    /** The entity holding the mention with this text (the first such mention). */
    static Entity entityOf(Document doc, String mentionText) {
        EntityMention m = doc.mentions().stream().filter(x -> x.text().equals(mentionText)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + mentionText + "' in " + doc.mentions()));
        return doc.entities().stream().filter(e -> e.mentions().contains(m.id())).findFirst()
                .orElseThrow(() -> new AssertionError("mention '" + mentionText + "' is in no entity"));
    }

    static Entity entityNamed(Document doc, String name) {
        return doc.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity named '" + name + "' in " + doc.entities()));
    }
}
