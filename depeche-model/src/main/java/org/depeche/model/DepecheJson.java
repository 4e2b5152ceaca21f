package org.depeche.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The {@code depeche/1} JSON form of a {@link Document}: one shared, thread-safe mapper. */
public final class DepecheJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private DepecheJson() {
    }

    /** The mapper, configured for the document model (ISO dates, unknown fields ignored on read). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One document as compact JSON on one line (JSON Lines friendly). */
    public static String write(Document doc) {
        try {
            return MAPPER.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String writePretty(Document doc) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Document read(String json) {
        try {
            return MAPPER.readValue(json, Document.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not a " + Document.SCHEMA + " document: " + e.getMessage(), e);
        }
    }
}
