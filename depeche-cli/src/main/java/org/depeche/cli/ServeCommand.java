package org.depeche.cli;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.depeche.extract.Analyzer;
import org.depeche.io.ReadOptions;
import org.depeche.lang.Languages;
import org.depeche.options.AnalysisOptions;
import org.depeche.server.Analysis;
import org.depeche.server.DepecheServer;
import org.depeche.server.ServerConfig;
import org.depeche.store.Store;
import org.depeche.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code depeche serve}: the HTTP API and the page, over the same analyzer as {@code analyze}. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serves the analysis over HTTP, with a page that shows what was found: open http://127.0.0.1:8080/ "
                    + "in a browser, paste an article, and see its entities, quotes, sources, events and times "
                    + "on the text.",
            "",
            "API (described in /openapi.yaml): POST /v1/analyze takes the article as text/plain, text/html or "
                    + "JSON {\"text\" or \"html\", \"published\", \"lang\", \"id\"} and returns what `depeche analyze` "
                    + "writes for it (?format=conllu|brat|timeml for the other formats); GET /health, GET /ready.",
            "The models load once, at start-up; /ready answers 200 when they are in.",
            "",
            "With --store (a DuckDB file or a postgresql:// URL, as for `depeche ingest`): POST /v1/documents "
                    + "analyses and stores an article (201, or 200 when already stored), GET /v1/documents/{id} "
                    + "returns a stored one, and GET /v1/quotes, /v1/events, /v1/entities/{name}, /v1/search?q= "
                    + "ask the store with the options of `depeche query` as parameters (?speaker=…&since=…). "
                    + "A DuckDB file has one writer: while serve holds it, `depeche query` cannot open it "
                    + "(use PostgreSQL to share a store).",
            "",
            "Safety: listens on 127.0.0.1 only unless --host says otherwise (there is no authentication); "
                    + "no cross-origin access unless --allow-origin names an origin; bodies over --max-size are "
                    + "refused (413), analyses over --timeout answered 504, and when --workers analyses run and "
                    + "--queue more wait, further requests get 503 with Retry-After. Article text is never logged: "
                    + "the log on stderr has one line per request (method, route, status, size, time).",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  depeche serve                                 page on http://127.0.0.1:8080/",
            "  curl -s -X POST --data-binary @article.txt \\",
            "       'localhost:8080/v1/analyze?published=2024-06-12'     depeche/1 JSON",
            "  curl -s -H 'Content-Type: application/json' \\",
            "       -d '{\"text\": \"…\", \"lang\": \"fr\"}' localhost:8080/v1/analyze",
            "  curl -s -H 'Content-Type: text/html' --data-binary @page.html \\",
            "       'localhost:8080/v1/analyze?format=conllu'             CoNLL-U",
            "  depeche serve --store s.duckdb                 store endpoints on a DuckDB file",
            "  curl -s --data-binary @article.txt localhost:8080/v1/documents         analyse and store",
            "  curl -s 'localhost:8080/v1/quotes?speaker=Paul%20Verdier&since=2024-03-01'",
            "  curl -s 'localhost:8080/v1/search?q=tramway&limit=5'",
            "  depeche serve --port 9000 --workers 2 --queue 8 --timeout 30",
            "  depeche serve --host 0.0.0.0 --allow-origin https://tools.example.org",
            "                                 (reachable from other machines: no authentication)"})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host = ServerConfig.LOOPBACK;

    @Option(names = "--port", paramLabel = "PORT", description = "TCP port (default: ${DEFAULT-VALUE}).")
    int port = ServerConfig.DEFAULT_PORT;

    @Option(names = "--store", paramLabel = "URL",
            description = "Store behind POST /v1/documents, GET /v1/documents/{id} and the query endpoints: a DuckDB "
                    + "file (created when missing) or postgresql://user:password@host:port/db. Default: none, "
                    + "and those endpoints answer 501.")
    String store;

    @Option(names = "--max-size", paramLabel = "MB",
            description = "Largest request body, in megabytes (default: ${DEFAULT-VALUE}).")
    double maxSizeMb = ReadOptions.DEFAULT_MAX_BYTES / 1048576.0;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Longest wait for one analysis, queue included, before 504 (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds = (int) ServerConfig.DEFAULT_TIMEOUT.toSeconds();

    @Option(names = "--workers", paramLabel = "N",
            description = "Analyses run at the same time (default: ${DEFAULT-VALUE}).")
    int workers = ServerConfig.defaultWorkers();

    @Option(names = "--queue", paramLabel = "N",
            description = "Analyses that may wait for a worker; more get 503 (default: ${DEFAULT-VALUE}).")
    int queue = ServerConfig.DEFAULT_QUEUE;

    @Option(names = "--allow-origin", paramLabel = "ORIGIN",
            description = "A web origin (https://host[:port]) whose pages may call the API; repeatable. No wildcard.")
    List<String> allowOrigins = List.of();

    @Option(names = "--preload", paramLabel = "LANGS", split = ",",
            description = "Languages whose models load at start-up (default: fr); others load on their first article.")
    List<String> preload = List.of("fr");

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @Override
    public Integer call() throws Exception {
        for (String lang : preload) {
            if (!Languages.isSupported(lang.toLowerCase(Locale.ROOT))) {
                System.err.println("depeche: --preload: language '" + lang + "' is not supported (supported: "
                        + String.join(", ", Languages.supported()) + ")");
                return 2;
            }
        }
        ServerConfig config;
        try {
            config = new ServerConfig(host, port, (long) (maxSizeMb * 1048576), Duration.ofSeconds(timeoutSeconds),
                    workers, queue, new LinkedHashSet<>(allowOrigins),
                    preload.stream().map(l -> l.toLowerCase(Locale.ROOT)).distinct().toList());
        } catch (IllegalArgumentException e) {
            System.err.println("depeche: " + e.getMessage());
            return 2;
        }
        Analyzer analyzer = analysis.analyzer();
        Store opened = null;
        if (store != null) {
            try {
                opened = Store.open(store);
            } catch (StoreException e) {
                System.err.println("depeche: --store: " + e.getMessage());
                return 1;
            }
        }
        Store db = opened;
        DepecheServer server = new DepecheServer(config, Analysis.of(analyzer), db == null ? null : new ServedStore(db),
                System.err::println);
        try {
            server.start();
        } catch (RuntimeException e) {
            System.err.println("depeche: cannot listen on " + host + ":" + port + ": " + rootMessage(e));
            server.close();
            if (db != null) {
                db.close();
            }
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            if (db != null) {
                db.close();
            }
            stopped.countDown();
        }, "depeche-serve-stop"));
        if (db != null) {
            System.err.println("depeche serve: store " + db.backend().name().toLowerCase(Locale.ROOT) + " "
                    + redacted(store) + " (" + db.documentCount() + " documents)");
        }
        System.err.println("depeche serve: listening on " + server.uri() + " (the page; the API is described at "
                + server.uri().resolve("/openapi.yaml") + "), loading the " + String.join(", ", config.preload())
                + " models");
        if (!config.loopbackOnly()) {
            System.err.println("depeche serve: " + host + " is reachable from other machines; the API has no"
                    + " authentication");
        }
        if (server.awaitReady(Duration.ofMinutes(10))) {
            System.err.println("depeche serve: ready");
        }
        stopped.await();
        return 0;
    }

    /** The store's address without a password. */
    static String redacted(String url) {
        return url.replaceAll("(://[^:/@]*):[^@/]*@", "$1:***@").replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
