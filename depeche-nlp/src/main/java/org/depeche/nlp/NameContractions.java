package org.depeche.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * A CoreNLP annotator, run right after {@code mwt}, that undoes the splitting of a capitalised
 * word inside a name. CoreNLP's French tokenizer (and its multi-word-token expansion) splits every
 * "du", "au", "aux" into a preposition and an article ("du" → "de" + "le", with invented offsets
 * "d|u") whatever its case, so a name whose last part is
 * such a word ("Nguyen Van Du") reached the taggers as "Nguyen Van de le", and both NER models
 * ended the name before it. A split word is made one word again when its surface form begins with
 * a capital, it does not open its sentence and the word before it begins with a capital too (a
 * name goes on); "Du côté de…" at a sentence start and every lower-case "du" still split.
 *
 * <p>Registered as {@code customAnnotatorClass.namewords} and listed after {@code mwt}.
 */
public final class NameContractions implements Annotator {

    public NameContractions(String name, Properties props) {
    }

    @Override
    public void annotate(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreLabel> all = annotation.get(CoreAnnotations.TokensAnnotation.class);
        if (sentences == null || all == null) {
            return;
        }
        boolean changed = false;
        List<CoreLabel> out = new ArrayList<>(all.size());
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            List<CoreLabel> kept = join(tokens, annotation.get(CoreAnnotations.TextAnnotation.class));
            if (kept != tokens) {
                changed = true;
                for (int i = 0; i < kept.size(); i++) {
                    kept.get(i).setIndex(i + 1);
                }
                sentence.set(CoreAnnotations.TokensAnnotation.class, kept);
            }
            int begin = out.size();
            out.addAll(kept);
            sentence.set(CoreAnnotations.TokenBeginAnnotation.class, begin);
            sentence.set(CoreAnnotations.TokenEndAnnotation.class, out.size());
        }
        if (changed) {
            annotation.set(CoreAnnotations.TokensAnnotation.class, out);
        }
    }

    /** The sentence's tokens with the split parts of capitalised name words joined; the same list if none. */
    static List<CoreLabel> join(List<CoreLabel> tokens, String text) {
        List<CoreLabel> out = null;
        int i = 0;
        while (i < tokens.size()) {
            CoreLabel t = tokens.get(i);
            int end = i + 1;
            String surface = t.get(CoreAnnotations.MWTTokenTextAnnotation.class);
            boolean mwt = Boolean.TRUE.equals(t.get(CoreAnnotations.IsMultiWordTokenAnnotation.class));
            if (mwt && surface != null) {
                while (end < tokens.size() && Boolean.TRUE.equals(tokens.get(end).get(
                        CoreAnnotations.IsMultiWordTokenAnnotation.class))
                        && !Boolean.TRUE.equals(tokens.get(end).get(CoreAnnotations.IsFirstWordOfMWTAnnotation.class))
                        && surface.equals(tokens.get(end).get(CoreAnnotations.MWTTokenTextAnnotation.class))) {
                    end++;
                }
            } else if (text != null) {
                // the tokenizer's own rewriting: touching parts, none spelt as the text under its offsets
                while (rewritten(tokens.get(end - 1), text) && end < tokens.size()
                        && "".equals(tokens.get(end - 1).after())
                        && tokens.get(end).beginPosition() == tokens.get(end - 1).endPosition()
                        && rewritten(tokens.get(end), text)) {
                    end++;
                }
                if (end - i > 1) {
                    surface = text.substring(t.beginPosition(), tokens.get(end - 1).endPosition());
                }
            }
            if (surface != null && end - i > 1 && i > 0 && capitalised(surface)
                    && capitalised(tokens.get(i - 1).word())) {
                if (out == null) {
                    out = new ArrayList<>(tokens.subList(0, i));
                }
                out.add(whole(t, tokens.get(end - 1), surface));
            } else if (out != null) {
                out.addAll(tokens.subList(i, end));
            }
            i = end;
        }
        return out == null ? tokens : out;
    }

    private static boolean rewritten(CoreLabel t, String text) {
        return t.endPosition() <= text.length() && t.beginPosition() < t.endPosition()
                && !text.substring(t.beginPosition(), t.endPosition()).equals(t.word());
    }

    private static boolean capitalised(String word) {
        return word != null && !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    /** One word for the parts first..last of a multi-word token, spelt as its surface form. */
    private static CoreLabel whole(CoreLabel first, CoreLabel last, String surface) {
        CoreLabel w = new CoreLabel(first);
        w.setWord(surface);
        w.setValue(surface);
        w.setOriginalText(surface);
        w.set(CoreAnnotations.IsMultiWordTokenAnnotation.class, false);
        w.remove(CoreAnnotations.MWTTokenTextAnnotation.class);
        w.remove(CoreAnnotations.IsFirstWordOfMWTAnnotation.class);
        w.setBeginPosition(first.beginPosition());
        w.setEndPosition(Math.max(last.endPosition(), first.beginPosition() + surface.length()));
        String after = last.get(CoreAnnotations.AfterAnnotation.class);
        if (after != null) {
            w.set(CoreAnnotations.AfterAnnotation.class, after);
        }
        return w;
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class);
    }
}
