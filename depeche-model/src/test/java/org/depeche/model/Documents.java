package org.depeche.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Hand-built documents for fast tests: whitespace/punctuation tokens, one sentence per line. */
public final class Documents {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*|\\d+|\\S");

    private Documents() {
    }

    /** A tokenised document (no POS, no parse) over the given text. */
    public static Document tokenized(String id, String text) {
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        int sentence = 0;
        for (String line : text.split("\n", -1)) {
            int first = tokens.size();
            Matcher m = WORD.matcher(line);
            while (m.find()) {
                tokens.add(new Token(tokens.size(), sentence, m.group(), lineStart + m.start(), lineStart + m.end(),
                        null, null, null, null, null, null));
            }
            if (tokens.size() > first) {
                sentences.add(new Sentence(sentence, tokens.get(first).start(), tokens.get(tokens.size() - 1).end(),
                        first, tokens.size(), false));
                sentence++;
            }
            lineStart += line.length() + 1;
        }
        return Document.of(id, "fr", LocalDate.of(2024, 3, 14), DocumentMeta.of(id), text)
                .withAnalysis(Set.of(Layer.TOKENS), sentences, tokens, List.of());
    }
}
