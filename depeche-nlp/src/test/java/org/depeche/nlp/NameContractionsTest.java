package org.depeche.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameContractionsTest {

    /**
     * Tokens as CoreNLP's French tokenizer gives them: a word, its offsets, and what follows it; a
     * contraction is rewritten into parts with invented one-letter offsets and nothing after the first.
     */
    private static CoreLabel token(String word, int begin, int end, String after) {
        CoreLabel t = new CoreLabel();
        t.setWord(word);
        t.setValue(word);
        t.setOriginalText(word);
        t.setBeginPosition(begin);
        t.setEndPosition(end);
        t.setAfter(after);
        return t;
    }

    private static List<CoreLabel> tokenize(String text, String... rewritten) {
        // rewritten: "Du=de|le" style parts for the surface forms the tokenizer splits
        List<CoreLabel> out = new ArrayList<>();
        int pos = 0;
        for (String w : text.split("(?<=\\S)(?=[,.])|\\s+")) {
            int begin = text.indexOf(w, pos);
            int end = begin + w.length();
            pos = end;
            String after = end < text.length() && text.charAt(end) == ' ' ? " " : "";
            String[] parts = null;
            for (String r : rewritten) {
                String[] kv = r.split("=");
                if (kv[0].equals(w)) {
                    parts = kv[1].split("\\|");
                }
            }
            if (parts == null) {
                out.add(token(w, begin, end, after));
            } else {
                out.add(token(parts[0], begin, begin + 1, ""));
                out.add(token(parts[1], begin + 1, end, after));
            }
        }
        return out;
    }

    private static List<String> words(List<CoreLabel> tokens) {
        return tokens.stream().map(CoreLabel::word).toList();
    }

    @Test
    void shouldKeepACapitalisedContractionInsideANameAsOneWord() {
        String text = "Selon Ana Lima Du, tout va bien.";
        List<CoreLabel> joined = NameContractions.join(tokenize(text, "Du=de|le"), text);
        assertThat(words(joined)).containsExactly("Selon", "Ana", "Lima", "Du", ",", "tout", "va", "bien", ".");
        CoreLabel du = joined.get(3);
        assertThat(text.substring(du.beginPosition(), du.endPosition())).isEqualTo("Du");
    }

    @Test
    void shouldStillSplitContractionsThatOpenASentenceOrAreLowerCase() {
        String text = "Du pain au lait pour Marc Aubert.";
        List<CoreLabel> tokens = tokenize(text, "Du=de|le", "au=à|le");
        assertThat(words(NameContractions.join(tokens, text)))
                .containsExactly("de", "le", "pain", "à", "le", "lait", "pour", "Marc", "Aubert", ".");
    }

    @Test
    void shouldStillSplitACapitalisedContractionAfterALowerCaseWord() {
        String text = "Il parle Du temps.";
        assertThat(words(NameContractions.join(tokenize(text, "Du=de|le"), text)))
                .containsExactly("Il", "parle", "de", "le", "temps", ".");
    }
}
