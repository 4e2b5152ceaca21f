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

    /** The store's queries, one endpoint each. */
    enum Query {
        /** {@code GET /v1/quotes}. */
        QUOTES("/v1/quotes"),
        /** {@code GET /v1/events}. */
        EVENTS("/v1/events"),
        /** {@code GET /v1/entities/{name}}: the entity's name is passed as the parameter {@code name}. */
        ENTITY("/v1/entities/{name}"),
        /** {@code GET /v1/search}. */
        SEARCH("/v1/search");

        private final String path;

        Query(String path) {
            this.path = path;
        }

        public String path() {
            return path;
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
     * refused with 400 before {@link #query} is called.
     */
    Set<String> parameters(Query query);

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
