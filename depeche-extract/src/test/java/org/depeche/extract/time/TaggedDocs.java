package org.depeche.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.depeche.model.Document;
import org.depeche.model.DocumentMeta;
import org.depeche.model.Layer;
import org.depeche.model.Sentence;
import org.depeche.model.Token;

/**
 * Hand-built documents for fast tests: {@code "Mercredi/PROPN ,/PUNCT il/PRON avait/AUX
 * voté/VERB ./PUNCT"} becomes the text "Mercredi , il avait voté ." with one token per word
 * (POS after the slash, optional), a new sentence after each "." token. No CoreNLP involved.
 */
final class TaggedDocs {

    private TaggedDocs() {
    }

    static Document of(String lang, LocalDate dct, String tagged) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        int sentenceStart = 0;
        int firstToken = 0;
        boolean anyPos = false;
        for (String item : tagged.trim().split("\\s+")) {
            int slash = item.lastIndexOf('/');
            String word = slash > 0 ? item.substring(0, slash) : item;
            String pos = slash > 0 ? item.substring(slash + 1) : null;
            anyPos |= pos != null;
            if (text.length() > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(word);
            tokens.add(new Token(tokens.size(), sentences.size(), word, start, text.length(), null, pos, null, null,
                    null, null));
            if (word.equals(".")) {
                sentences.add(new Sentence(sentences.size(), sentenceStart, text.length(), firstToken, tokens.size(),
                        false));
                sentenceStart = text.length() + 1;
                firstToken = tokens.size();
            }
        }
        if (firstToken < tokens.size()) {
            sentences.add(new Sentence(sentences.size(), sentenceStart, text.length(), firstToken, tokens.size(),
                    false));
        }
        Document doc = Document.of("test", lang, dct, DocumentMeta.of("test"), text.toString());
        Set<Layer> layers = anyPos ? Set.of(Layer.TOKENS, Layer.POS) : Set.of(Layer.TOKENS);
        return doc.withAnalysis(layers, sentences, tokens, List.of());
    }

    /** The same one-sentence document with a dependency parse: heads (-1 for the root) and relations per token. */
    static Document parsed(Document tagged, int[] heads, String[] rels) {
        List<Token> parsed = new ArrayList<>();
        for (Token t : tagged.tokens()) {
            parsed.add(t.withParse(heads[t.index()], rels[t.index()]));
        }
        return tagged.withAnalysis(Set.of(Layer.DEPPARSE),
                List.of(new Sentence(0, 0, tagged.text().length(), 0, parsed.size(), true)), parsed, List.of());
    }

    /** A document from plain text: one token per whitespace-separated word, no POS. */
    static Document plain(String lang, LocalDate dct, String text) {
        List<Token> tokens = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S+").matcher(text);
        while (m.find()) {
            tokens.add(new Token(tokens.size(), 0, m.group(), m.start(), m.end(), null, null, null, null, null, null));
        }
        Document doc = Document.of("test", lang, dct, DocumentMeta.of("test"), text);
        return doc.withAnalysis(Set.of(Layer.TOKENS), List.of(new Sentence(0, 0, text.length(), 0, tokens.size(),
                false)), tokens, List.of());
    }
}
