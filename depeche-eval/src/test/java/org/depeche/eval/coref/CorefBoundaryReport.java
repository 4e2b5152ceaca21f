package org.depeche.eval.coref;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.depeche.eval.EvaluationReport;
import org.depeche.extract.AnalysisResult;
import org.depeche.extract.Analyzer;
import org.depeche.extract.entities.EntityMerger;
import org.depeche.model.DepecheJson;
import org.depeche.model.Document;
import org.depeche.nlp.LanguagePipeline.ParseSelector;

/**
 * Development tool (not a test): scores entity merging on POPCORN from a cache of parsed documents
 * and prints the boundary mismatches between key and response mentions, grouped by kind.
 *
 * <pre>
 * mvn -q -B -o test-compile -pl depeche-eval
 * mvn -q -B -o dependency:build-classpath -pl depeche-eval -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/cp.txt
 * java -cp depeche-*&#47;target/classes:depeche-eval/target/test-classes:$(cat /tmp/cp.txt) \
 *     org.depeche.eval.coref.CorefBoundaryReport ../shared/corpora/popcorn /tmp/popcorn-cache parse list
 * </pre>
 * (with each module's {@code target/classes} named ahead of the installed jars). The report
 * counts mismatches per kind: "key+right:de" is a key mention longer than the response one on
 * its right by a phrase opening with "de", "response+left:jeune" a response mention that has
 * "jeune" more on its left, "missed" a key mention no response mention overlaps, "spurious" a
 * response mention that overlaps no key mention.
 * {@code parse} (re)fills CACHE with the language pipeline's output (no entity merging);
 * {@code list} prints every mismatch, else only the counts per kind; {@code dump} writes the merged
 * documents beside the cache ({@code merged-N.json}).
 */
public final class CorefBoundaryReport {

    private CorefBoundaryReport() {
    }

    public static void main(String[] args) throws IOException {
        Path gold = Path.of(args[0]);
        Path cache = Path.of(args[1]);
        List<String> opts = List.of(args).subList(2, args.length);
        List<PopcornCorpus.GoldDocument> corpus = PopcornCorpus.read(gold, "fr");
        Files.createDirectories(cache);
        if (opts.contains("parse")) {
            Analyzer nlp = Analyzer.nlpOnly(ParseSelector.NONE);
            for (int i = 0; i < corpus.size(); i++) {
                AnalysisResult r = nlp.analyze(corpus.get(i).document());
                if (r instanceof AnalysisResult.Analyzed a) {
                    Files.writeString(cache.resolve(i + ".json"), DepecheJson.write(a.document()));
                }
            }
        }
        EntityMerger merger = EntityMerger.forLanguage("fr");
        List<AnalysisResult> results = new ArrayList<>();
        Map<String, Integer> kinds = new TreeMap<>();
        boolean list = opts.contains("list");
        for (int i = 0; i < corpus.size(); i++) {
            Path f = cache.resolve(i + ".json");
            Document doc = merger.apply(DepecheJson.read(read(f)));
            results.add(new AnalysisResult.Analyzed(doc));
            if (opts.contains("dump")) {
                Files.writeString(cache.resolve("merged-" + i + ".json"), DepecheJson.write(doc));
            }
            for (CorefEvaluation.Mismatch m : CorefEvaluation.boundaryMismatches(corpus.get(i), doc)) {
                kinds.merge(m.kind(), 1, Integer::sum);
                if (list) {
                    System.out.println(i + "\t" + m);
                }
            }
        }
        kinds.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> System.out.println(e.getValue() + "\t" + e.getKey()));
        EvaluationReport report = CorefEvaluation.score(gold.toString(), corpus, results);
        System.out.println(DepecheJson.mapper().writeValueAsString(report));
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException("Unable to read " + f, e);
        }
    }
}
