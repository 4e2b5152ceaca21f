package org.depeche.server;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.depeche.model.Document;

/** A store for tests of the HTTP layer's store endpoints (not the project's store). */
final class MemoryStore implements DocumentStore {

    private final Map<String, Document> docs = new ConcurrentHashMap<>();

    @Override
    public boolean put(Document doc) {
        return docs.putIfAbsent(doc.id(), doc) == null;
    }

    @Override
    public Optional<Document> get(String id) {
        return Optional.ofNullable(docs.get(id));
    }

    @Override
    public Set<String> parameters(Query query) {
        return query == Query.SEARCH ? Set.of("q", "limit") : Set.of("limit");
    }

    @Override
    public Object query(Query query, Map<String, String> params) {
        return switch (query) {
            case SEARCH -> {
                String q = params.getOrDefault("q", "");
                if (q.isBlank()) {
                    throw new IllegalArgumentException("q must not be empty");
                }
                yield docs.values().stream().filter(d -> d.text().contains(q)).map(Document::id).toList();
            }
            case ENTITY -> Map.of("name", params.get("name"));
            default -> java.util.List.of();
        };
    }
}
