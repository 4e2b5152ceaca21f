package org.depeche.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
import org.depeche.model.Document;
import org.depeche.model.Quote;
import org.junit.jupiter.api.Test;
import org.depeche.testsupport.DocumentInvariants;

/** Random words and random (even cyclic) parses: the extractor never fails and keeps its spans valid. */
class QuoteExtractorRandomTest {

    private static final String[] WORDS = {"«", "»", "“", "”", "\"", ",", ".", "a", "-t-il", "il", "elle", "selon",
        "d'", "après", "que", "qu'", "déclaré", "affirme", "qualifié", "de", "le", "ministre", "Paul", "TASS", "à",
        "l'", "agence", "cité", "par", "intitulée", "pour", "mais", "said", "according", "to", "he", "told"};
    private static final String[] POS = {"PUNCT", "VERB", "AUX", "PRON", "NOUN", "PROPN", "ADP", "DET", "SCONJ", "ADJ"};
    private static final String[] RELS = {"nsubj", "nsubj:pass", "obj", "obl", "ccomp", "xcomp", "acl", "acl:relcl",
        "advcl", "conj", "parataxis", "case", "det", "mark", "punct", "appos", "nmod", "aux", "aux:pass", "expl"};

    @Test
    void shouldNeverFailOnRandomParses() {
        Random random = new Random(20231118);
        for (int run = 0; run < 400; run++) {
            int sentences = 1 + random.nextInt(3);
            String[] specs = new String[sentences];
            for (int s = 0; s < sentences; s++) {
                int len = 1 + random.nextInt(25);
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < len; i++) {
                    int head = random.nextInt(len + 1); // 0 = root; may point anywhere, cycles included
                    String ner = random.nextInt(5) == 0 ? "PER" : "_";
                    b.append(WORDS[random.nextInt(WORDS.length)]).append('/').append(POS[random.nextInt(POS.length)])
                            .append('/').append(head).append('/').append(RELS[random.nextInt(RELS.length)])
                            .append("/_/").append(ner).append(' ');
                }
                specs[s] = b.toString();
            }
            String lang = random.nextBoolean() ? "fr" : "en";
            Document doc = ParsedText.of(lang, specs);
            QuoteExtractor extractor = new QuoteExtractor(lang);
            assertThatCode(() -> extractor.apply(doc)).as("run %d: %s", run, String.join(" | ", specs))
                    .doesNotThrowAnyException();
            DocumentInvariants.assertHolds(extractor.apply(doc));
            for (Quote q : extractor.apply(doc).quotes()) {
                assertThat(q.content().end()).isGreaterThan(q.content().start());
                assertThat(doc.text().substring(q.content().start(), q.content().end())).isEqualTo(q.content().text());
            }
        }
    }
}
