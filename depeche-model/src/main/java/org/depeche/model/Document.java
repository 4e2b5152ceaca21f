package org.depeche.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An analysed article: the text exactly as received and one typed list per annotation layer.
 *
 * <p>Immutable: stages return a new document through the {@code with…} methods. All offsets
 * are {@code String} indices into {@link #text()}.
 *
 * @param schema    always {@value #SCHEMA}
 * @param id        document id (file name without extension, or the JSONL {@code id})
 * @param lang      ISO 639-1 language code
 * @param published publication date (the document creation time, DCT), or null if unknown
 * @param meta      provenance
 * @param text      the text
 * @param layers    the layers this document carries
 * @param sentences sentences, in text order
 * @param tokens    words, in text order
 * @param mentions  entity mentions: names from NER, and descriptions and pronouns from entity merging
 * @param entities  clusters of mentions, one per referent
 * @param timexes   time expressions
 * @param quotes    quotes and attributions
 * @param events    events
 * @param errors    stages that failed or were skipped on this document (empty when all ran); the
 *                  layers they would have provided are absent from {@code layers}
 */
public record Document(String schema, String id, String lang, LocalDate published, DocumentMeta meta,
                       String text, Set<Layer> layers, List<Sentence> sentences, List<Token> tokens,
                       List<EntityMention> mentions, List<Entity> entities, List<TimeExpression> timexes,
                       List<Quote> quotes, List<Event> events,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<StageError> errors) {

    /** Version of the JSON form; bumped on any incompatible change. */
    public static final String SCHEMA = "depeche/1";

    public Document {
        Objects.requireNonNull(text, "text");
        layers = layers == null || layers.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(layers));
        sentences = List.copyOf(nullToEmpty(sentences));
        tokens = List.copyOf(nullToEmpty(tokens));
        mentions = List.copyOf(nullToEmpty(mentions));
        entities = List.copyOf(nullToEmpty(entities));
        timexes = List.copyOf(nullToEmpty(timexes));
        quotes = List.copyOf(nullToEmpty(quotes));
        events = List.copyOf(nullToEmpty(events));
        errors = List.copyOf(nullToEmpty(errors));
        if (schema == null) {
            schema = SCHEMA;
        }
        checkSpans(text, sentences.stream().map(Sentence::span).toList(), "sentence");
        checkSpans(text, tokens.stream().map(Token::span).toList(), "token");
        checkSpans(text, mentions.stream().map(EntityMention::span).toList(), "mention");
        checkSpans(text, timexes.stream().map(TimeExpression::span).toList(), "timex");
        checkSpans(text, quotes.stream().map(q -> q.content().span()).toList(), "quote");
        checkSpans(text, events.stream().map(e -> e.trigger().span()).toList(), "event trigger");
    }

    /** A document without stage errors. */
    public Document(String schema, String id, String lang, LocalDate published, DocumentMeta meta, String text,
                    Set<Layer> layers, List<Sentence> sentences, List<Token> tokens, List<EntityMention> mentions,
                    List<Entity> entities, List<TimeExpression> timexes, List<Quote> quotes, List<Event> events) {
        this(schema, id, lang, published, meta, text, layers, sentences, tokens, mentions, entities, timexes, quotes,
                events, List.of());
    }

    /** A document with text only, before any analysis. */
    public static Document of(String id, String lang, LocalDate published, DocumentMeta meta, String text) {
        return new Document(SCHEMA, id, lang, published, meta, text, Set.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static void checkSpans(String text, List<Span> spans, String what) {
        for (Span s : spans) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException(what + " " + s + " ends past the text (" + text.length() + ")");
            }
        }
    }

    @JsonIgnore
    public boolean has(Layer layer) {
        return layers.contains(layer);
    }

    private Set<Layer> plus(Layer... added) {
        EnumSet<Layer> set = layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
        set.addAll(List.of(added));
        return set;
    }

    public Document withLang(String newLang) {
        return new Document(schema, id, newLang, published, meta, text, layers, sentences, tokens, mentions,
                entities, timexes, quotes, events, errors);
    }

    /**
     * The result of a language pipeline: sentences, words and mentions, with the layers it produced.
     * {@link Layer#DEPPARSE} is kept only if every sentence was parsed: where the parser ran on some
     * sentences only, {@link Sentence#parsed} says which, and the document does not claim the layer.
     */
    public Document withAnalysis(Set<Layer> produced, List<Sentence> newSentences, List<Token> newTokens,
                                 List<EntityMention> newMentions) {
        EnumSet<Layer> claimed = produced.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(produced);
        if (newSentences.stream().anyMatch(s -> !s.parsed())) {
            claimed.remove(Layer.DEPPARSE);
        }
        return new Document(schema, id, lang, published, meta, text, plus(claimed.toArray(Layer[]::new)),
                newSentences, newTokens, newMentions, entities, timexes, quotes, events, errors);
    }

    /** Entity merging's result: all mentions (names and the descriptions and pronouns it found) and clusters. */
    public Document withEntities(List<EntityMention> newMentions, List<Entity> newEntities) {
        return new Document(schema, id, lang, published, meta, text, plus(Layer.ENTITIES), sentences, tokens,
                newMentions, newEntities, timexes, quotes, events, errors);
    }

    public Document withTimexes(List<TimeExpression> newTimexes) {
        return new Document(schema, id, lang, published, meta, text, plus(Layer.TIME), sentences, tokens,
                mentions, entities, newTimexes, quotes, events, errors);
    }

    public Document withQuotes(List<Quote> newQuotes) {
        return new Document(schema, id, lang, published, meta, text, plus(Layer.QUOTES), sentences, tokens,
                mentions, entities, timexes, newQuotes, events, errors);
    }

    public Document withEvents(List<Event> newEvents) {
        return new Document(schema, id, lang, published, meta, text, plus(Layer.EVENTS), sentences, tokens,
                mentions, entities, timexes, quotes, newEvents, errors);
    }

    /** This document with one more stage error (the layers stay as they are). */
    public Document withError(StageError error) {
        List<StageError> more = new java.util.ArrayList<>(errors);
        more.add(error);
        return new Document(schema, id, lang, published, meta, text, layers, sentences, tokens, mentions,
                entities, timexes, quotes, events, more);
    }

    /** Words of one sentence. */
    public List<Token> tokensOf(Sentence s) {
        return tokens.subList(s.firstToken(), s.endToken());
    }

    /** Number of sentences the dependency parser ran on. */
    @JsonProperty(value = "parsedSentences", access = JsonProperty.Access.READ_ONLY)
    public int parsedSentences() {
        return (int) sentences.stream().filter(Sentence::parsed).count();
    }
}
