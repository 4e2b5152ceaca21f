package org.depeche.testsupport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
 * The one builder of hand-analysed documents for fast tests, as the language pipeline would
 * make them, with no CoreNLP involved.
 *
 * <p>A sentence is written as words separated by spaces, each word as fields separated by
 * {@code /} in the order of the columns given (CoNLL-U's order by default: {@link Column#FORM},
 * {@link Column#UPOS}, {@link Column#HEAD}, {@link Column#DEPREL}, {@link Column#LEMMA},
 * {@link Column#NER}); trailing fields may be left out and {@code _} leaves a field empty; a word
 * with more fields than columns keeps the extra slashes in its form ({@code 12/03/NUM} with two
 * columns is the form "12/03"). After {@link #underscoreForSpace()}, an underscore in a form stands
 * for a space ({@code New_York}). Heads count from 1 within
 * the sentence, 0 is the root. Words are joined by one space, sentences by one space. A sentence
 * written with a HEAD column is parsed; consecutive words of one sentence with the same NER tag
 * make one name mention ({@code m1}, {@code m2}…).
 *
 * <pre>
 * Document d = ParsedDocs.lang("fr").sentence("Paul/PROPN/2/nsubj/_/PER dort/VERB/0/root").build();
 * Document t = ParsedDocs.lang("fr").columns(Column.FORM, Column.UPOS).splitAtFullStops("Il/PRON dort/VERB ./PUNCT")
 *         .build();
 * </pre>
 */
public final class ParsedDocs {

    /** The fields a word can carry. */
    public enum Column { FORM, UPOS, HEAD, DEPREL, LEMMA, NER }

    private static final List<Column> CONLLU = List.of(Column.values());

    private final String lang;
    private String id = "test";
    private LocalDate published;
    private DocumentMeta meta;
    private List<Column> columns = CONLLU;
    private boolean underscoreForSpace;
    private final StringBuilder text = new StringBuilder();
    private final List<Token> tokens = new ArrayList<>();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<EntityMention> mentions = new ArrayList<>();
    private final EnumSet<Layer> layers = EnumSet.of(Layer.TOKENS);

    private ParsedDocs(String lang) {
        this.lang = lang;
    }

    /** A new, empty document in this language (id "test", no date, no meta). */
    public static ParsedDocs lang(String lang) {
        return new ParsedDocs(lang);
    }

    public ParsedDocs id(String newId) {
        this.id = newId;
        return this;
    }

    /** The publication date (DCT). */
    public ParsedDocs published(LocalDate date) {
        this.published = date;
        return this;
    }

    /** Provenance: {@code DocumentMeta.of(origin)}. */
    public ParsedDocs origin(String origin) {
        this.meta = DocumentMeta.of(origin);
        return this;
    }

    /** The fields of each word in the sentences written after this call, in order; FORM first. */
    public ParsedDocs columns(Column... order) {
        if (order.length == 0 || order[0] != Column.FORM) {
            throw new IllegalArgumentException("the first column is the FORM: " + Arrays.toString(order));
        }
        this.columns = List.of(order);
        if (this.columns.contains(Column.NER)) {
            layers.add(Layer.NER);
        }
        return this;
    }

    /** Reads an underscore in a form as a space, for names of several words ({@code New_York}). */
    public ParsedDocs underscoreForSpace() {
        this.underscoreForSpace = true;
        return this;
    }

    /** The sentences of a text written as one line, each ending after a word whose form is ".". */
    public ParsedDocs splitAtFullStops(String words) {
        List<String> current = new ArrayList<>();
        for (String w : words.trim().split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            current.add(w);
            if (fields(w)[0].equals(".")) {
                sentence(String.join(" ", current));
                current.clear();
            }
        }
        if (!current.isEmpty()) {
            sentence(String.join(" ", current));
        }
        return this;
    }

    /** Adds one sentence. */
    public ParsedDocs sentence(String words) {
        if (columns.contains(Column.NER)) {
            layers.add(Layer.NER);
        }
        int s = sentences.size();
        int first = tokens.size();
        if (text.length() > 0) {
            text.append(' ');
        }
        int sentenceStart = text.length();
        boolean parsed = columns.contains(Column.HEAD);
        String[] ws = words.trim().split("\\s+");
        for (int i = 0; i < ws.length; i++) {
            String[] f = fields(ws[i]);
            String form = f[0];
            if (form.isEmpty()) {
                throw new IllegalArgumentException("a word without a form in: " + words);
            }
            if (underscoreForSpace) {
                form = form.replace('_', ' ');
            }
            if (i > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(form);
            String upos = field(f, Column.UPOS);
            String lemma = field(f, Column.LEMMA);
            String head = field(f, Column.HEAD);
            Integer headIndex = null;
            if (parsed) {
                int h = head == null ? 0 : Integer.parseInt(head);
                headIndex = h == 0 ? -1 : first + h - 1;
            }
            String deprel = parsed ? field(f, Column.DEPREL) : null;
            if (upos != null) {
                layers.add(Layer.POS);
            }
            if (lemma != null) {
                layers.add(Layer.LEMMA);
            }
            tokens.add(new Token(tokens.size(), s, form, start, text.length(), null, upos, lemma, headIndex, deprel,
                    field(f, Column.NER)));
        }
        sentences.add(new Sentence(s, sentenceStart, text.length(), first, tokens.size(), parsed));
        if (parsed) {
            layers.add(Layer.DEPPARSE);
        }
        for (int i = first; i < tokens.size(); ) {
            String ner = tokens.get(i).ner();
            int j = i + 1;
            while (ner != null && j < tokens.size() && ner.equals(tokens.get(j).ner())) {
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
        return this;
    }

    /** A word's fields; the first (the form) takes the slashes of any fields beyond the columns. */
    private String[] fields(String word) {
        String[] parts = word.split("/", -1);
        if (parts.length <= columns.size()) {
            return parts;
        }
        int extra = parts.length - columns.size();
        String[] f = new String[columns.size()];
        f[0] = String.join("/", Arrays.asList(parts).subList(0, extra + 1));
        System.arraycopy(parts, extra + 1, f, 1, columns.size() - 1);
        return f;
    }

    private String field(String[] fields, Column column) {
        int at = columns.indexOf(column);
        if (at < 0 || at >= fields.length || fields[at].isEmpty() || fields[at].equals("_")) {
            return null;
        }
        return fields[at];
    }

    /**
     * The document: TOKENS, and POS, LEMMA and NER where some word has them (NER whenever the
     * columns hold it); DEPPARSE when every sentence was written with heads.
     */
    public Document build() {
        return Document.of(id, lang, published, meta, text.toString())
                .withAnalysis(layers, sentences, tokens, mentions);
    }
}
