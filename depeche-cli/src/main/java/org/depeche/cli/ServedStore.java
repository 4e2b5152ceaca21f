package org.depeche.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.depeche.io.Dates;
import org.depeche.model.Document;
import org.depeche.server.DocumentStore;
import org.depeche.store.EventQuery;
import org.depeche.store.QuoteQuery;
import org.depeche.store.SearchIndex;
import org.depeche.store.Store;

/**
 * The project's store behind {@code depeche serve --store}: the server's {@link DocumentStore}
 * calls, each one call of {@link Store} (or {@link SearchIndex}) with the same filters as
 * {@code depeche query}. It lives in the CLI, which depends on both modules, so that
 * {@code depeche-server} does not depend on the store.
 */
final class ServedStore implements DocumentStore {

    /** Most rows a quotes or events answer holds (also the default). */
    static final int MAX_ROWS = 1000;
    /** Most rows per list of an entity profile (as {@code depeche query entity}). */
    static final int MAX_ENTITY_ROWS = 50;
    /** Most search hits (as {@code depeche query search}). */
    static final int MAX_HITS = 200;

    private static final Set<String> POLARITIES = Set.of("POSITIVE", "NEGATIVE");
    private static final Set<String> MODALITIES = Set.of("ASSERTED", "OTHER");

    private final Store store;
    private final Path searchFolder;
    private final Object searchLock = new Object();

    ServedStore(Store store) {
        this(store, SearchIndex.defaultFolder(store));
    }

    ServedStore(Store store, Path searchFolder) {
        this.store = store;
        this.searchFolder = searchFolder;
    }

    @Override
    public boolean put(Document doc) {
        return store.put(doc).stored();
    }

    @Override
    public Optional<Document> get(String id) {
        return store.document(id);
    }

    @Override
    public Object query(Query query, Map<String, String> params) {
        return switch (query) {
            case QUOTES -> store.quotes(new QuoteQuery(text(params, "speaker"), text(params, "via"),
                    text(params, "about"), date(params, "since"), date(params, "until"), limit(params, MAX_ROWS)));
            case EVENTS -> store.events(new EventQuery(text(params, "type"), text(params, "participant"),
                    text(params, "place"), date(params, "since"), date(params, "until"),
                    oneOf(params, "polarity", POLARITIES), oneOf(params, "modality", MODALITIES),
                    text(params, "source"), limit(params, MAX_ROWS)));
            case ENTITY -> {
                String name = text(params, "name");
                if (name == null) {
                    throw new IllegalArgumentException("the entity's name must not be empty");
                }
                yield store.entity(name, limit(params, MAX_ENTITY_ROWS));
            }
            case SEARCH -> {
                String q = text(params, "q");
                if (q == null) {
                    throw new IllegalArgumentException("q (what to look for) is required");
                }
                int limit = limit(params, MAX_HITS);
                // one index folder: requests that find the store changed must not rebuild it together
                synchronized (searchLock) {
                    try (SearchIndex index = SearchIndex.open(store, searchFolder)) {
                        yield index.search(q, limit);
                    }
                }
            }
        };
    }

    /** A filter's value, or null when absent or blank (an empty form field filters nothing). */
    private static String text(Map<String, String> params, String name) {
        String v = params.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static LocalDate date(Map<String, String> params, String name) {
        String v = text(params, name);
        if (v == null) {
            return null;
        }
        return Dates.parse(v).orElseThrow(() -> new IllegalArgumentException(
                name + " must be a date (YYYY-MM-DD), not '" + clip(v) + "'"));
    }

    private static String oneOf(Map<String, String> params, String name, Set<String> allowed) {
        String v = text(params, name);
        if (v == null) {
            return null;
        }
        String upper = v.toUpperCase(Locale.ROOT);
        if (!allowed.contains(upper)) {
            throw new IllegalArgumentException(name + " must be one of "
                    + String.join(", ", allowed.stream().map(a -> a.toLowerCase(Locale.ROOT)).sorted().toList())
                    + ", not '" + clip(v) + "'");
        }
        return upper;
    }

    private static int limit(Map<String, String> params, int max) {
        String v = text(params, "limit");
        if (v == null) {
            return max;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("limit must be a whole number from 1 to " + max + ", not '" + clip(v) + "'");
    }

    private static String clip(String v) {
        return v.length() <= 40 ? v : v.substring(0, 40) + "…";
    }
}
