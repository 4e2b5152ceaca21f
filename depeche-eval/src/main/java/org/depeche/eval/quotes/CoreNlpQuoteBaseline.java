package org.depeche.eval.quotes;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Properties;
import org.depeche.model.Quote;
import org.depeche.model.SourceRef;
import org.depeche.model.TextSpan;

/**
 * CoreNLP 4.5.10's own quote annotator with quote attribution (optionally with its statistical coreference),
 * run as the baseline of {@code depeche evaluate quotes --lang en}: the quotes it finds (direct
 * quotes only: it knows no reported speech) with the speaker it attributes, the canonical mention
 * when it resolves one, else the mention it picked. Its quotes are turned into Depeche quotes
 * (content without the quote marks) so both systems are scored by the same scorer.
 *
 * <p>English only (CoreNLP has no quote attribution model for French). Not thread-safe.
 */
public final class CoreNlpQuoteBaseline {

    private final StanfordCoreNLP pipeline;
    private final StanfordCoreNLP quote;
    private final boolean coref;

    /**
     * The baseline pipeline; {@code coref} adds CoreNLP's statistical coreference to its quote
     * attribution (it needs a heap of about 6 GB: without it, attribution uses its sieves alone).
     */
    public CoreNlpQuoteBaseline(boolean coref) {
        this.coref = coref;
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse" + (coref ? ",coref" : ""));
        props.setProperty("tokenize.options", "invertible=true");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("coref.algorithm", "statistical");
        pipeline = new StanfordCoreNLP(props);
        Properties q = new Properties();
        q.setProperty("annotators", "quote");
        q.setProperty("quote.attributeQuotes", "true");
        q.setProperty("quote.attribution.useCoref", Boolean.toString(coref));
        q.setProperty("enforceRequirements", "false"); // quote lists coref among its requirements
        quote = new StanfordCoreNLP(q, false);
    }

    /** The quotes CoreNLP finds and attributes in a text. */
    public List<Quote> quotes(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        if (!coref) {
            // without coreference, attribution runs on its sieves alone: it still reads the (empty) chains
            doc.set(CorefCoreAnnotations.CorefChainAnnotation.class, new HashMap<>());
        }
        quote.annotate(doc);
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        List<Quote> out = new ArrayList<>();
        List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
        if (quotes == null) {
            return out;
        }
        for (CoreMap q : quotes) {
            int start = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            // the annotation's span holds the quote marks: the content is what lies between them
            if (end - start >= 2) {
                start++;
                end--;
            }
            if (start >= end) {
                continue;
            }
            SourceRef speaker = speaker(q, tokens, text);
            out.add(new Quote("b" + (out.size() + 1), Quote.QuoteKind.DIRECT, TextSpan.of(text, start, end), null,
                    speaker, List.of()));
        }
        return out;
    }

    private static SourceRef speaker(CoreMap q, List<CoreLabel> tokens, String text) {
        String canonical = q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class);
        Integer cb = q.get(QuoteAttributionAnnotator.CanonicalMentionBeginAnnotation.class);
        Integer ce = q.get(QuoteAttributionAnnotator.CanonicalMentionEndAnnotation.class);
        String mention = q.get(QuoteAttributionAnnotator.MentionAnnotation.class);
        Integer mb = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
        Integer me = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
        SourceRef ref = ref(canonical, cb, ce, tokens, text);
        if (ref == null) {
            ref = ref(mention, mb, me, tokens, text);
        }
        if (ref == null) {
            String name = q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
            if (name != null && !name.isBlank()) {
                ref = new SourceRef(0, 0, name, null, null);
            }
        }
        return ref;
    }

    private static SourceRef ref(String name, Integer begin, Integer end, List<CoreLabel> tokens, String text) {
        if (name == null || name.isBlank()) {
            return null;
        }
        if (begin != null && end != null && begin >= 0 && end < tokens.size() && begin <= end) {
            int s = tokens.get(begin).beginPosition();
            int e = tokens.get(end).endPosition();
            if (s >= 0 && s < e && e <= text.length()) {
                return new SourceRef(s, e, text.substring(s, e), null, null);
            }
        }
        return new SourceRef(0, 0, name, null, null);
    }
}
