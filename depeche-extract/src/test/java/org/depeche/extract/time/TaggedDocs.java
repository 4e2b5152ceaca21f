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
import org.depeche.testsupport.ParsedDocs;
import org.depeche.testsupport.ParsedDocs.Column;

/**
 * Hand-built documents for fast tests: {@code "Mercredi/PROPN ,/PUNCT il/PRON avait/AUX
 * voté/VERB ./PUNCT"} becomes the text "Mercredi , il avait voté ." with one token per word
 * (POS after the slash, optional), a new sentence after each "." token ({@link ParsedDocs} with
 * the columns FORM and UPOS). No CoreNLP involved.
 */
final class TaggedDocs {

    private TaggedDocs() {
    }

    static Document of(String lang, LocalDate dct, String tagged) {
        return ParsedDocs.lang(lang).published(dct).origin("test").columns(Column.FORM, Column.UPOS)
                .splitAtFullStops(tagged).build();
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
