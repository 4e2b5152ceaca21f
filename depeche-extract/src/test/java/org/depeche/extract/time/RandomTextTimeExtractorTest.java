package org.depeche.extract.time;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.depeche.model.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Random word salads of time words never make the extractor throw or break its invariants. */
class RandomTextTimeExtractorTest {

    private static final List<String> FR = List.of("hier", "Hier", "demain", "aujourd’hui", "aujourd'hui", "lundi",
            "Mercredi", "mardi", "soir", "matin", "la", "le", "l'", "nuit", "de", "à", "au", "du", "des", "et", "en",
            "mars", "Mars", "février", "1er", "31", "29", "30", "2", "12", "1999", "2024", "98", "h", "heures", "45",
            "dernier", "dernière", "prochain", "ces", "cette", "année", "an", "ans", "mois", "semaine", "jours",
            "il", "y", "a", "été", "Été", "fin", "début", "mi-", "XIXe", "siècle", "années", "60", "chaque", "tous",
            "les", "plus", "moins", "près", "vingt-cinq", "quatre-vingt-dix", "une", "quinzaine", "d'", ",", ".",
            "(", ")", "»", "«", "trimestre", "premier", "Noël", "Pâques", "lendemain", "veille", "dans", "âgée",
            "12/03/2021", "19:00", "0", "24", "midi", "minuit", "pour", "l'instant", "week-end", "ce", "cet");
    private static final List<String> EN = List.of("yesterday", "today", "tomorrow", "last", "next", "this", "week",
            "month", "year", "years", "ago", "in", "on", "Monday", "Friday", "March", "May", "3", "31", "2024",
            "1990s", "the", "early", "late", "every", "each", "two", "a", "few", "night", "morning", "at", "10",
            "a.m.", "p.m.", "12:30", "noon", "aged", "45-year-old", "annual", "now", "over", "more", "than", ",", ".");

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void randomTextsNeverBreakTheExtractor(String lang) {
        List<String> words = lang.equals("fr") ? FR : EN;
        Random random = new Random(42);
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder();
            int n = 3 + random.nextInt(25);
            for (int w = 0; w < n; w++) {
                text.append(words.get(random.nextInt(words.size()))).append(random.nextInt(6) == 0 ? "  " : " ");
            }
            LocalDate dct = random.nextInt(10) == 0 ? null : LocalDate.of(1990 + random.nextInt(40), 1, 1)
                    .plusDays(random.nextInt(366));
            Document doc = TaggedDocs.plain(lang, dct, text.toString().strip());
            assertThatCode(() -> TimeAssertions.extract(doc)).as(doc.text() + " @ " + dct).doesNotThrowAnyException();
        }
    }
}
