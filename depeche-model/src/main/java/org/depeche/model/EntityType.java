package org.depeche.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Coarse entity types, as CoNLL and CoreNLP's French NER name them. */
public enum EntityType {
    PERSON("PER"),
    ORGANIZATION("ORG"),
    LOCATION("LOC"),
    MISC("MISC");

    private final String code;

    EntityType(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** Maps a CoreNLP tag (PER, PERSON, I-PER, ORGANIZATION, GPE…) to a type, or null for none. */
    public static EntityType fromTag(String tag) {
        if (tag == null) {
            return null;
        }
        String t = tag.startsWith("I-") || tag.startsWith("B-") ? tag.substring(2) : tag;
        return switch (t) {
            case "PER", "PERSON" -> PERSON;
            case "ORG", "ORGANIZATION" -> ORGANIZATION;
            case "LOC", "LOCATION", "GPE", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> LOCATION;
            case "MISC", "NATIONALITY", "RELIGION", "IDEOLOGY", "TITLE", "CAUSE_OF_DEATH",
                 "CRIMINAL_CHARGE" -> MISC;
            default -> null;
        };
    }
}
