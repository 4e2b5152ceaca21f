package org.depeche.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

    private static final List<QuoteLexicon.MarkPair> FRENCH = QuoteLexicon.forLanguage("fr").marks;
    private static final List<QuoteLexicon.MarkPair> ENGLISH = QuoteLexicon.forLanguage("en").marks;

    private static List<String> quoted(String text, List<QuoteLexicon.MarkPair> marks) {
        return QuoteMarks.find(text, marks).stream()
                .map(m -> m.start() < 0 ? "…" + text.substring(0, m.end()) : text.substring(m.start(), m.end()))
                .toList();
    }

    @Test
    void shouldTakeTheWordsBetweenGuillemetsWithoutSpaces() {
        assertThat(quoted("Il a dit : « Tout va bien ». Puis «\u00a0rien\u00a0».", FRENCH))
                .containsExactly("Tout va bien", "rien");
    }

    @Test
    void shouldOpenAQuoteWithAClosingMarkGluedToTheNextWord() {
        assertThat(quoted("selon l'agence.»Le sommet aura lieu demain», a-t-elle écrit.", FRENCH))
                .containsExactly("Le sommet aura lieu demain");
    }

    @Test
    void shouldReportAClosingMarkWhoseOpeningMarkIsMissing() {
        List<QuoteMarks.Marked> marks = QuoteMarks.find("Il a promis une aide rapide» et «des vivres».", FRENCH);
        assertThat(marks).hasSize(2);
        assertThat(marks.get(0).start()).isEqualTo(-1);
        assertThat(marks.get(0).end()).isEqualTo("Il a promis une aide rapide".length());
    }

    @Test
    void shouldKeepNestedQuotesInsideTheOuterOne() {
        assertThat(quoted("« Il m'a dit « non » hier », raconte-t-elle.", FRENCH))
                .containsExactly("Il m'a dit « non » hier");
        assertThat(quoted("« Le mot “ crise ” est trop fort »", FRENCH)).containsExactly("Le mot “ crise ” est trop fort");
    }

    @Test
    void shouldSplitAQuoteReopenedOnEachParagraph() {
        assertThat(quoted("« Nous partirons demain.\n\n« Nous reviendrons plus tard », dit-il.", FRENCH))
                .containsExactly("Nous partirons demain.", "Nous reviendrons plus tard");
    }

    @Test
    void shouldNotTakeApostrophesForQuoteMarks() {
        assertThat(quoted("He said ‘we don’t know’ and left. It’s over.", ENGLISH)).containsExactly("we don’t know");
        assertThat(quoted("“We will win,” she said, \"no doubt\".", ENGLISH)).containsExactly("We will win,", "no doubt");
    }
}
