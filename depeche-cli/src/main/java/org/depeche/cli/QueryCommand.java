package org.depeche.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.depeche.store.EntityProfile;
import org.depeche.store.EventQuery;
import org.depeche.store.QuoteQuery;
import org.depeche.store.SearchIndex;
import org.depeche.store.SqlResult;
import org.depeche.store.Store;
import org.depeche.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code depeche query}: the questions analysts ask of a store filled by {@code depeche ingest}. */
@Command(name = "query",
        mixinStandardHelpOptions = true,
        description = {
            "Asks a store filled by `depeche ingest`. Every row carries the document id, character offsets "
                    + "into the stored text (start, end: Java string indices, half-open) and the sentence, so each "
                    + "answer can be checked against the article.",
            "",
            "Names match across articles: a name finds the store entity any of whose aliases it is (\"Verdier\", "
                    + "\"Paul Verdier\"), country names in French or English find the country (\"Norvège\" = "
                    + "\"Norway\"), and words no entity holds are compared accents and case ignored.",
            "",
            "Output: a table at a terminal, JSON Lines otherwise; --format table|json|csv chooses.",
            ""},
        subcommands = {QueryCommand.Quotes.class, QueryCommand.Events.class, QueryCommand.EntityCmd.class,
            QueryCommand.Sources.class, QueryCommand.Search.class, QueryCommand.Sql.class},
        footerHeading = "%nExamples:%n",
        footer = {
            "  depeche query quotes --speaker \"Paul Verdier\" --since 2024-03-01 --store s.duckdb",
            "  depeche query quotes --via Nordpresse --format csv > relayed.csv",
            "  depeche query events --type Transaction --participant Norvège --polarity positive",
            "  depeche query entity \"Paul Verdier\"              aliases, quotes, events, company, timeline",
            "  depeche query sources                             what each source is cited for, who relays whom",
            "  depeche query search \"camions livraison\"         full text over sentences and quotes",
            "  depeche query sql \"SELECT type, count(*) FROM events GROUP BY type ORDER BY 2 DESC\""})
final class QueryCommand extends GroupCommand {

    /** Options every query takes. */
    static final class Common {
        @Option(names = "--store", paramLabel = "URL",
                description = "The store: a DuckDB file or postgresql://user:password@host:port/db (default: ${DEFAULT-VALUE}).")
        String store = "depeche.duckdb";

        @Option(names = "--format", paramLabel = "FORMAT",
                description = "table (default at a terminal), json (JSON Lines, default otherwise) or csv.")
        Rows.Format format;

        @Option(names = "--limit", paramLabel = "N", description = "At most N rows (default: ${DEFAULT-VALUE}).")
        int limit = 1000;

        PrintStream out() {
            return new PrintStream(System.out, true, StandardCharsets.UTF_8);
        }
    }

    /** --since and --until: the articles' publication days a query keeps. */
    static final class Period {
        @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Articles published on or after this day.")
        LocalDate since;
        @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Articles published on or before this day.")
        LocalDate until;
    }

    /** Runs one query against a read-only store, reporting store errors in one line. */
    abstract static class Base implements Callable<Integer> {
        @Mixin
        Common common = new Common();

        abstract void ask(Store store, Rows.Format format, PrintStream out);

        @Override
        public Integer call() {
            try (Store store = Store.open(common.store, true)) {
                PrintStream out = common.out();
                ask(store, Rows.resolve(common.format), out);
                out.flush();
                return 0;
            } catch (StoreException e) {
                System.err.println("depeche: " + e.getMessage());
                return DepecheCommand.NOTHING_DONE;
            }
        }
    }

    @Command(name = "quotes", mixinStandardHelpOptions = true,
            description = {"Quotes and reported speech: who said what, through whom, about whom, when.", ""},
            footerHeading = "%nExamples:%n",
            footer = {
                "  depeche query quotes --speaker \"Paul Verdier\" --store s.duckdb --format json",
                "  depeche query quotes --speaker Verdier --via Nordpresse --since 2024-03-01 --until 2024-03-31",
                "  depeche query quotes --about Norvège"})
    static final class Quotes extends Base {
        @Option(names = "--speaker", paramLabel = "NAME", description = "Who the words are attributed to.")
        String speaker;
        @Option(names = "--via", paramLabel = "NAME", description = "A source the words passed through (an agency, a paper).")
        String via;
        @Option(names = "--about", paramLabel = "NAME", description = "An entity named inside the quoted words.")
        String about;
        @Mixin
        Period period = new Period();

        @Override
        void ask(Store store, Rows.Format format, PrintStream out) {
            var rows = store.quotes(new QuoteQuery(speaker, via, about, period.since, period.until, common.limit));
            Rows.print(rows, format, out);
            if (rows.isEmpty() && speaker != null && via == null && about == null) {
                // say why: a known entity that is never the speaker is not an unknown name
                var p = store.entity(speaker, 1);
                if (p.found()) {
                    var e = p.entities().get(0);
                    System.err.printf("depeche: %s (%s) is in %d article(s) but is the speaker of no quote;"
                            + " --about \"%s\" lists the quotes that name it%n", e.name(), e.id(), e.articles(), speaker);
                }
            }
        }
    }

    @Command(name = "events", mixinStandardHelpOptions = true,
            description = {"Events (ACE 2005 types) with their arguments, polarity, modality and sources.", ""},
            footerHeading = "%nExamples:%n",
            footer = {
                "  depeche query events --type Transaction.Transfer-Ownership --participant Norvège",
                "  depeche query events --type Contact --place Oslo --since 2024-03-01",
                "  depeche query events --polarity negative --source Nordpresse --format csv"})
    static final class Events extends Base {
        @Option(names = "--type", paramLabel = "T", description = "Type or Type.Subtype (Conflict, Contact.Meet…), case ignored.")
        String type;
        @Option(names = "--participant", paramLabel = "NAME", description = "An entity filling any argument.")
        String participant;
        @Option(names = "--place", paramLabel = "NAME", description = "The Place argument.")
        String place;
        @Mixin
        Period period = new Period();
        @Option(names = "--polarity", paramLabel = "P", description = "positive or negative (it did not happen).")
        String polarity;
        @Option(names = "--modality", paramLabel = "M", description = "asserted or other (possible, planned, feared).")
        String modality;
        @Option(names = "--source", paramLabel = "NAME", description = "Who the article says reports the event.")
        String source;

        @Override
        void ask(Store store, Rows.Format format, PrintStream out) {
            Rows.print(store.events(new EventQuery(type, participant, place, period.since, period.until, polarity, modality, source,
                    common.limit)), format, out);
        }
    }

    @Command(name = "entity", mixinStandardHelpOptions = true,
            description = {"Everything about one entity across articles: aliases, types, mention and article counts, "
                    + "quotes by it and about it, events it takes part in, entities it appears with, a timeline by day.",
                ""},
            footerHeading = "%nExamples:%n",
            footer = {
                "  depeche query entity \"Paul Verdier\"",
                "  depeche query entity Norvège --format json      (one JSON object)"})
    static final class EntityCmd extends Base {
        @Parameters(paramLabel = "NAME", description = "A name, an alias, a country name, or a store entity id.")
        String name;

        @Override
        void ask(Store store, Rows.Format format, PrintStream out) {
            EntityProfile p = store.entity(name, Math.min(common.limit, 50));
            if (format == Rows.Format.JSON) {
                Rows.printObject(p, out);
                return;
            }
            if (!p.found()) {
                out.println("no entity named \"" + name + "\" in the store");
                return;
            }
            section("Entities", p.entities(), format, out);
            section("Quotes by", p.quotesBy(), format, out);
            section("Quotes about", p.quotesAbout(), format, out);
            section("Events", p.events(), format, out);
            section("Appears with", p.cooccurring(), format, out);
            section("Timeline", p.timeline(), format, out);
        }

        private static void section(String title, List<?> rows, Rows.Format format, PrintStream out) {
            out.println(format == Rows.Format.CSV ? "# " + title : "== " + title);
            Rows.print(rows, format, out);
            out.println();
        }
    }

    @Command(name = "sources", mixinStandardHelpOptions = true,
            description = {"Each source (speakers, relays such as news agencies, sources of events): how often it "
                    + "speaks, relays and reports, what it is cited for, whose words it relays and who relays it, "
                    + "with an example citation.", ""},
            footerHeading = "%nExamples:%n",
            footer = {"  depeche query sources --limit 20", "  depeche query sources --format csv > sources.csv"})
    static final class Sources extends Base {
        @Override
        void ask(Store store, Rows.Format format, PrintStream out) {
            Rows.print(store.sources(common.limit), format, out);
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = {"Full-text search (Lucene; French and English stemming) over the sentences of the articles "
                    + "and over their quotes, best first. The index is rebuilt from the store when the store changed.",
                "Syntax: words (all required), \"a phrase\", a OR b, -word, prefix*.", ""},
            footerHeading = "%nExamples:%n",
            footer = {"  depeche query search \"livraison camions\"", "  depeche query search '\"ligne de tramway\" Oslo' --limit 5"})
    static final class Search extends Base {
        @Parameters(paramLabel = "TEXT", description = "What to look for.")
        String text;
        @Option(names = "--index", paramLabel = "DIR",
                description = "Where the index lives (default: beside a DuckDB file, FILE.search).")
        Path index;

        @Override
        void ask(Store store, Rows.Format format, PrintStream out) {
            try (SearchIndex idx = SearchIndex.open(store, index != null ? index : SearchIndex.defaultFolder(store))) {
                Rows.print(idx.search(text, Math.min(common.limit, 200)), format, out);
            }
        }
    }

    @Command(name = "sql", mixinStandardHelpOptions = true,
            description = {"One read-only SQL statement (SELECT, WITH, EXPLAIN, DESCRIBE, SHOW) on the store's tables; "
                    + "docs/store.md describes them. The DuckDB file is opened read-only; on PostgreSQL the "
                    + "transaction is READ ONLY.", ""},
            footerHeading = "%nExamples:%n",
            footer = {
                "  depeche query sql \"SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY n DESC\"",
                "  depeche query sql \"SELECT d.id, q.text FROM quotes q JOIN documents d USING (doc_key) LIMIT 5\""})
    static final class Sql extends Base {
        @Parameters(paramLabel = "SELECT…", description = "The statement.")
        String statement;

        @Override
        void ask(Store store, Rows.Format format, PrintStream out) {
            SqlResult r = store.sql(statement, common.limit);
            if (r.rows().isEmpty() && format != Rows.Format.JSON) {
                out.println(String.join(format == Rows.Format.CSV ? "," : "  ", r.columns()));
                if (format == Rows.Format.TABLE) {
                    out.println("(no rows)");
                }
                return;
            }
            Rows.print(Rows.maps(r.columns(), r.rows()), format, out);
        }
    }
}
