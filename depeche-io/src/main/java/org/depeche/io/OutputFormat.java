package org.depeche.io;

import java.util.Map;
import java.util.function.Function;
import org.depeche.model.DepecheJson;
import org.depeche.model.Document;

/** The output formats of an analysed document ({@code depeche analyze --format}, {@code depeche serve}). */
public enum OutputFormat {
    /** depeche/1 JSON, one document per line on stdout (JSON Lines), one file per document with --out. */
    JSON("json", DepecheJson::write),
    /** CoNLL-U: words, lemmas, UPOS, dependencies, offsets and NER in MISC. */
    CONLLU("conllu", ConlluWriter::write),
    /** brat standoff: the .ann annotations; with --out, the .txt is written beside it. */
    BRAT("ann", BratWriter::write),
    /** ISO-TimeML: the text with TIMEX3 time expressions inline and the publication date as DCT. */
    TIMEML("tml", TimemlWriter::write);

    private final String extension;
    private final Function<Document, String> writer;

    OutputFormat(String extension, Function<Document, String> writer) {
        this.extension = extension;
        this.writer = writer;
    }

    public String extension() {
        return extension;
    }

    public String write(Document doc) {
        return writer.apply(doc);
    }

    /** Extra files written beside the main one in an output folder (name suffix → content). */
    public Map<String, String> companions(Document doc) {
        return this == BRAT ? Map.of(".txt", doc.text()) : Map.of();
    }
}
