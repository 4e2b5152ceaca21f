package org.depeche.nlp;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Optional;

/**
 * Detects the language of an article with Lingua, over the supported languages and a few
 * neighbours (so that a German article is reported as German, not forced into French).
 * Thread-safe; the language models load on first use.
 */
public final class LanguageDetector {

    /** Detection looks at this many characters at most: plenty for news prose. */
    private static final int SAMPLE_CHARS = 4000;

    private final com.github.pemistahl.lingua.api.LanguageDetector detector =
            LanguageDetectorBuilder.fromLanguages(Language.FRENCH, Language.ENGLISH, Language.GERMAN,
                    Language.SPANISH, Language.ITALIAN, Language.PORTUGUESE, Language.DUTCH).build();

    /** The ISO 639-1 code of the text's language, or empty when it cannot tell. */
    public Optional<String> detect(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        Language lang = detector.detectLanguageOf(sample);
        if (lang == Language.UNKNOWN) {
            return Optional.empty();
        }
        return Optional.of(lang.getIsoCode639_1().toString().toLowerCase(Locale.ROOT));
    }
}
