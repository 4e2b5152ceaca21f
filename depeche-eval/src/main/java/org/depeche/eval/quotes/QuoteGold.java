package org.depeche.eval.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.depeche.eval.DepecheGold;
import org.depeche.model.Document;
import org.depeche.model.Span;

/**
 * Reader of {@code depeche-gold/1} files ({@code <doc>.gold.json} beside {@code <doc>.txt}; see
 * the evaluation FORMAT.md): the quotes of each document, with the document's text.
 */
public final class QuoteGold {

    /** One gold quote: content span, direct or not, acceptable speaker names, cue span, via chain. */
    public record GoldQuote(Span content, boolean direct, List<String> speaker, Span cue, List<List<String>> via) {
        public GoldQuote {
            speaker = List.copyOf(speaker);
            via = via.stream().map(List::copyOf).toList();
        }
    }

    /** A gold document: the text to analyse and its gold quotes. */
    public record GoldDocument(Document document, List<GoldQuote> quotes) {
    }

    private QuoteGold() {
    }

    /** Every {@code *.gold.json} of a folder, sorted by name. */
    public static List<GoldDocument> read(Path folder) {
        return DepecheGold.read(folder, false, null, QuoteGold::quotes);
    }

    private static GoldDocument quotes(DepecheGold.GoldFile file) {
        List<GoldQuote> quotes = new ArrayList<>();
        for (JsonNode q : file.root().path("quotes")) {
            List<String> speaker = new ArrayList<>();
            q.path("speaker").forEach(s -> speaker.add(s.asText()));
            List<List<String>> via = new ArrayList<>();
            for (JsonNode v : q.path("via")) {
                List<String> names = new ArrayList<>();
                v.forEach(s -> names.add(s.asText()));
                via.add(names);
            }
            quotes.add(new GoldQuote(span(q.get("content")), q.path("direct").asBoolean(), speaker,
                    q.hasNonNull("cue") ? span(q.get("cue")) : null, via));
        }
        return new GoldDocument(file.document(), quotes);
    }

    private static Span span(JsonNode n) {
        return new Span(n.get("start").asInt(), n.get("end").asInt());
    }
}
