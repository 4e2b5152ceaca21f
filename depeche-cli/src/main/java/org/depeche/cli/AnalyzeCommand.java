package org.depeche.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.depeche.extract.AnalysisResult;
import org.depeche.extract.Analyzer;
import org.depeche.extract.OrderedParallel;
import org.depeche.io.ArticleReader;
import org.depeche.io.InputRecord;
import org.depeche.io.OutputFormat;
import org.depeche.io.ReadOptions;
import org.depeche.model.DepecheJson;
import org.depeche.model.Document;
import org.depeche.options.AnalysisOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code depeche analyze}: articles in, depeche/1 JSON (or CoNLL-U, brat) out. */
@Command(name = "analyze",
        mixinStandardHelpOptions = true,
        description = {
            "Analyses news articles: sentences, words (POS, dependencies), entity mentions, and every layer "
                    + "Depeche extracts on top of them, each span with character offsets into the text.",
            "",
            "Inputs: text files (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252 and Latin-1 are "
                    + "detected); HTML pages (the article's text, title and publication date are extracted); "
                    + "JSONL files with one article per line: {\"id\", \"text\" or \"html\", \"published\", "
                    + "\"url\", \"lang\", \"source\"}; folders (walked for .txt, .html, .jsonl); "
                    + "or - for standard input.",
            "",
            "The publication date anchors relative times (\"hier\"): it is taken from the JSONL field or the "
                    + "HTML metadata, else from a date in the file name (2016_01_10-001.txt), else --published.",
            "",
            "A bad input (empty, binary, undecodable, too large, malformed JSON line, missing) is named on "
                    + "stderr with the reason and skipped; the other documents are still analysed.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  depeche analyze article.txt --published 2023-09-18 --pretty",
            "  depeche analyze corpus/ --out results/ --threads 2",
            "  cat feed.jsonl | depeche analyze - --format conllu",
            "  depeche analyze article.txt --published 2023-09-18 --format timeml   (ISO-TimeML)",
            "  depeche analyze page.html --format brat --out brat/   (.txt + .ann per article)"})
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, or - for standard input.")
    List<String> inputs;

    @Mixin
    InputOptions input = new InputOptions();

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Output format: json (depeche/1, one document per line), conllu, brat, "
                    + "timeml (ISO-TimeML, TIMEX3 inline) (default: json).")
    OutputFormat format = OutputFormat.JSON;

    @Option(names = "--out", paramLabel = "PATH",
            description = "Write to this folder (one file per article) instead of standard output;"
                    + " a path ending in .json/.jsonl/.conllu is written as one file.")
    Path out;

    @Option(names = "--pretty", description = "Indent JSON (one document spans several lines).")
    boolean pretty;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar (it is shown only at a terminal).")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        ReadOptions options = input.readOptions();
        Analyzer analyzer = analysis.analyzer();
        Sink sink = Sink.open(out, format, pretty);
        Counts counts = new Counts();
        try (ArticleReader reader = new ArticleReader(inputs, options, System.in);
             ProgressBar bar = progressBar()) {
            OrderedParallel.map(reader, record -> record instanceof InputRecord.Article a
                            ? analyzer.analyze(a.document())
                            : new AnalysisResult.Failed(record.origin(), ((InputRecord.Failure) record).message()),
                    input.threads, result -> emit(result, sink, counts, bar));
        } finally {
            sink.close();
        }
        if (counts.failed > 0 || counts.incomplete > 0) {
            System.err.printf("depeche: %d analysed, %d failed%s%n", counts.ok, counts.failed,
                    counts.incomplete > 0 ? ", " + counts.incomplete + " with a stage error" : "");
        }
        if (counts.ok == 0) {
            return DepecheCommand.NOTHING_DONE;
        }
        return counts.failed > 0 || counts.incomplete > 0 ? DepecheCommand.PARTIAL : 0;
    }

    private ProgressBar progressBar() {
        boolean several = inputs.size() > 1 || inputs.stream().anyMatch(i -> Files.isDirectory(Path.of(i))
                || i.endsWith(".jsonl") || i.endsWith(".ndjson") || i.equals("-"));
        return several ? Progress.bar("analyze", -1, quiet) : null;
    }

    private static void emit(AnalysisResult result, Sink sink, Counts counts, ProgressBar bar) {
        if (result instanceof AnalysisResult.Analyzed a) {
            sink.write(a.document());
            counts.ok++;
            if (!a.document().errors().isEmpty()) {
                counts.incomplete++;
                a.document().errors().forEach(e -> System.err.println("depeche: " + a.origin() + ": stage '"
                        + e.stage() + "' " + e.message()));
            }
        } else {
            System.err.println("depeche: " + result);
            counts.failed++;
        }
        Progress.step(bar);
    }

    private static final class Counts {
        int ok;
        int failed;
        /** Documents written with a stage error (the layers before it only). */
        int incomplete;
    }

    /** Where analysed documents go: standard output, one file, or a folder with a file per document. */
    private abstract static class Sink implements AutoCloseable {
        abstract void write(Document doc);

        @Override
        public abstract void close();

        static Sink open(Path out, OutputFormat format, boolean pretty) throws IOException {
            if (out == null) {
                return new StreamSink(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8)),
                        format, pretty, false);
            }
            String name = out.getFileName() == null ? "" : out.getFileName().toString();
            boolean singleFile = !Files.isDirectory(out) && format != OutputFormat.BRAT
                    && (name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".conllu"));
            if (singleFile) {
                if (out.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(out.toAbsolutePath().getParent());
                }
                return new StreamSink(Files.newBufferedWriter(out, StandardCharsets.UTF_8), format, pretty, true);
            }
            Files.createDirectories(out);
            return new FolderSink(out, format, pretty);
        }
    }

    private static final class StreamSink extends Sink {
        private final Writer writer;
        private final OutputFormat format;
        private final boolean pretty;
        private final boolean closeWriter;

        StreamSink(Writer writer, OutputFormat format, boolean pretty, boolean closeWriter) {
            this.writer = writer;
            this.format = format;
            this.pretty = pretty;
            this.closeWriter = closeWriter;
        }

        @Override
        void write(Document doc) {
            try {
                String s = render(format, doc, pretty);
                writer.write(s);
                if (!s.endsWith("\n")) {
                    writer.write('\n');
                }
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                if (closeWriter) {
                    writer.close();
                } else {
                    writer.flush();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class FolderSink extends Sink {
        private final Path folder;
        private final OutputFormat format;
        private final boolean pretty;

        FolderSink(Path folder, OutputFormat format, boolean pretty) {
            this.folder = folder;
            this.format = format;
            this.pretty = pretty;
        }

        @Override
        void write(Document doc) {
            String base = doc.id().replaceAll("[^\\p{L}\\p{N}._-]+", "_");
            try {
                Files.writeString(folder.resolve(base + "." + format.extension()), render(format, doc, pretty),
                        StandardCharsets.UTF_8);
                for (Map.Entry<String, String> c : format.companions(doc).entrySet()) {
                    Files.writeString(folder.resolve(base + c.getKey()), c.getValue(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            // every file is closed when written
        }
    }

    private static String render(OutputFormat format, Document doc, boolean pretty) {
        return format == OutputFormat.JSON && pretty ? DepecheJson.writePretty(doc) : format.write(doc);
    }
}
