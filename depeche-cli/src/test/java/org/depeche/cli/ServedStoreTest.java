package org.depeche.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.depeche.server.DocumentStore.Query;
import org.depeche.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The store behind depeche serve, without models: its parameters are depeche query's, bad values are refused. */
class ServedStoreTest {

    @TempDir
    Path dir;

    private Store store;
    private ServedStore served;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("s.duckdb").toString());
        served = new ServedStore(store, dir.resolve("s.search"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** The options of a depeche query subcommand, without the dashes, less those that are not filters. */
    private static Set<String> queryOptions(String subcommand) {
        CommandLine query = new CommandLine(new DepecheCommand()).getSubcommands().get("query");
        return query.getSubcommands().get(subcommand).getCommandSpec().options().stream()
                .map(o -> o.longestName().replaceFirst("^--", ""))
                .filter(n -> !Set.of("store", "format", "help", "version", "index").contains(n))
                .collect(Collectors.toSet());
    }

    @Test
    void shouldTakeTheOptionsOfDepecheQueryAsParameters() {
        assertThat(served.parameters(Query.QUOTES)).isEqualTo(queryOptions("quotes"));
        assertThat(served.parameters(Query.EVENTS)).isEqualTo(queryOptions("events"));
        assertThat(served.parameters(Query.ENTITY)).isEqualTo(queryOptions("entity"));
        // the search text is the command's argument, q on the query string
        assertThat(served.parameters(Query.SEARCH)).isEqualTo(union(queryOptions("search"), "q"));
    }

    private static Set<String> union(Set<String> a, String b) {
        return java.util.stream.Stream.concat(a.stream(), java.util.stream.Stream.of(b)).collect(Collectors.toSet());
    }

    @Test
    void shouldAnswerAnEmptyStoreWithNoRows() {
        assertThat((java.util.List<?>) served.query(Query.QUOTES, Map.of("speaker", "Anne Roussel",
                "since", "2024-01-01", "limit", "5"))).isEmpty();
        assertThat((java.util.List<?>) served.query(Query.EVENTS, Map.of("type", "Conflict",
                "polarity", "Negative", "modality", "asserted"))).isEmpty();
        assertThat((java.util.List<?>) served.query(Query.SEARCH, Map.of("q", "tramway"))).isEmpty();
        assertThat(served.get("nothing")).isEmpty();
    }

    @Test
    void shouldRefuseValuesDepecheQueryWouldRefuse() {
        assertThatThrownBy(() -> served.query(Query.QUOTES, Map.of("since", "mardi")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("since must be a date");
        assertThatThrownBy(() -> served.query(Query.EVENTS, Map.of("until", "2024-13-40")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("until must be a date");
        assertThatThrownBy(() -> served.query(Query.EVENTS, Map.of("polarity", "maybe")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative, positive");
        assertThatThrownBy(() -> served.query(Query.EVENTS, Map.of("modality", "certain")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("asserted, other");
        for (String bad : new String[] {"0", "-3", "ten", "1001"}) {
            assertThatThrownBy(() -> served.query(Query.QUOTES, Map.of("limit", bad)))
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit must be");
        }
        assertThatThrownBy(() -> served.query(Query.ENTITY, Map.of("name", "Roussel", "limit", "51")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 50");
        assertThatThrownBy(() -> served.query(Query.SEARCH, Map.of("q", "  ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("q");
        assertThatThrownBy(() -> served.query(Query.SEARCH, Map.of("q", "tramway", "limit", "201")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 200");
    }
}
