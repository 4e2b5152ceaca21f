package org.depeche.io;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates from metadata strings and file names. */
public final class Dates {

    private static final Pattern ISO_DATE_PREFIX = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern FILE_NAME_DATE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[-_](\\d{2})[-_](\\d{2})(?!\\d)");

    private Dates() {
    }

    /** Parses ISO dates and date-times, and RFC 1123 dates ("Mon, 18 Sep 2023 10:00:00 GMT"). */
    public static Optional<LocalDate> parse(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        String v = s.strip();
        try {
            return Optional.of(OffsetDateTime.parse(v).toLocalDate());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        Matcher m = ISO_DATE_PREFIX.matcher(v);
        if (m.find()) {
            return ofParts(m.group(1), m.group(2), m.group(3));
        }
        return Optional.empty();
    }

    /** A date written in a file name, as corpora name their files: {@code 2016_01_10-001.txt}, {@code 1999-05-19-0489a.tml}. */
    public static Optional<LocalDate> fromFileName(String name) {
        Matcher m = FILE_NAME_DATE.matcher(name);
        return m.find() ? ofParts(m.group(1), m.group(2), m.group(3)) : Optional.empty();
    }

    private static Optional<LocalDate> ofParts(String y, String mo, String d) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d)));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
