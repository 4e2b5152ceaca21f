package org.depeche.server;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.depeche.model.Document;

/**
 * The document store as the server sees it: what {@code POST /v1/documents},
 * {@code GET /v1/documents/{id}} and the query endpoints call. An adapter over the project's store
 * implements it; without one ({@code depeche serve} without {@code --store}) those endpoints
 * answer 501 {@code no_store}.
 */
public interface DocumentStore {

    /**
     * The store's queries, one endpoint each, with the query-string parameters each takes: the
     * options of the matching {@code depeche query} subcommand (openapi.yaml documents them).
     */
    enum Query {
        /** {@code GET /v1/quotes}: {@code depeche query quotes}. */
        QUOTES("/v1/quotes", "speaker", "via", "about", "since", "until", "limit"),
        /** {@code GET /v1/events}: {@code depeche query events}. */
        EVENTS("/v1/events", "type", "participant", "place", "since", "until", "polarity", "modality", "source",
                "limit"),
        /**
         * {@code GET /v1/entities/{name}}: {@code depeche query entity}; the entity's name is passed
         * as the parameter {@code name}.
         */
        ENTITY("/v1/entities/{name}", "limit"),
        /** {@code GET /v1/search}: {@code depeche query search}, the text as {@code q}. */
        SEARCH("/v1/search", "q", "limit");

        private final String path;
        private final Set<String> parameters;

        Query(String path, String... parameters) {
            this.path = path;
            this.parameters = Set.of(parameters);
        }

        public String path() {
            return path;
        }

        /** The query-string parameters this endpoint documents. */
        public Set<String> parameters() {
            return parameters;
        }
    }

    /**
     * Stores an analysed document.
     *
     * @return true when it was stored, false when the store already held it (nothing written)
     */
    boolean put(Document doc);

    /** The stored document with this id. */
    Optional<Document> get(String id);

    /**
     * The query-string parameters a query accepts (those of {@code depeche query}); any other is
     * refused with 400 before {@link #query} is called. By default those the endpoint documents.
     */
    default Set<String> parameters(Query query) {
        return query.parameters();
    }

    /**
     * Runs a query.
     *
     * @param params the accepted parameters that were given, one value each
     * @return the answer, any value Jackson writes as JSON (records, lists, maps)
     * @throws IllegalArgumentException for a parameter value the store cannot use (answered 400
     *                                  with the exception's message)
     */
    Object query(Query query, Map<String, String> params);
}
