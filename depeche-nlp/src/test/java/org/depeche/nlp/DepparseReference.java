package org.depeche.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.depeche.model.Document;
import org.depeche.model.Token;

/**
 * The parse CoreNLP's own {@code depparse} annotator gives a text (a full pipeline: the base
 * annotators then depparse), as "index head deprel" per token, beside the same view of a Depeche
 * document: the direct call to the parser in {@link CoreNlpPipeline} must give the same parse.
 */
final class DepparseReference {

    private DepparseReference() {
    }

    /** Each token of the text as CoreNLP's depparse annotator parses it: "index head deprel" (head -1 for the root). */
    static List<String> annotatorParse(String lang, String text) {
        Properties props = LanguageProfile.load(lang).baseProperties();
        props.setProperty("annotators", props.getProperty("annotators") + ",depparse");
        Annotation ann = new Annotation(text);
        new StanfordCoreNLP(props).annotate(ann);
        List<String> out = new ArrayList<>();
        for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
            int first = s.get(CoreAnnotations.TokenBeginAnnotation.class);
            int end = s.get(CoreAnnotations.TokenEndAnnotation.class);
            String[] arcs = new String[end - first];
            SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            for (IndexedWord root : graph.getRoots()) {
                arcs[root.index() - 1] = "-1 root";
            }
            for (SemanticGraphEdge e : graph.edgeIterable()) {
                arcs[e.getDependent().index() - 1] = (first + e.getGovernor().index() - 1) + " " + e.getRelation();
            }
            for (int i = 0; i < arcs.length; i++) {
                out.add((first + i) + " " + arcs[i]);
            }
        }
        return out;
    }

    /** The same view of a Depeche document's tokens. */
    static List<String> depecheParse(Document doc) {
        return doc.tokens().stream().map(t -> t.index() + " " + arc(t)).toList();
    }

    private static String arc(Token t) {
        return t.head() == null ? "null" : t.head() + " " + t.deprel();
    }
}
