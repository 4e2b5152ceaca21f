package org.depeche.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.depeche.extract.Analyzer;
import org.junit.jupiter.api.Test;

/**
 * A small, bounded version of {@code depeche bench --http}, with the real French models: concurrent
 * clients are all answered 200; overloaded, every answer is 200 or 503 with Retry-After and none is
 * lost; afterwards the server answers 200 again.
 */
class LoadTestIT {

    private static final List<String> TEXTS = List.of(
            "Le maire de Lille a présenté hier son budget devant le conseil municipal.",
            "La ministre de la Santé a annoncé mardi un plan pour les hôpitaux de la région.",
            "Deux hommes ont été interpellés samedi soir à Marseille après un vol dans une bijouterie.",
            "« Nous ne céderons pas », a déclaré le président du syndicat devant les grévistes.",
            "Selon la préfecture, la manifestation a réuni trois mille personnes à Rennes.",
            "L'entreprise a signé jeudi un accord avec ses salariés sur les horaires de travail.",
            "Le festival ouvrira ses portes le 4 juillet, a indiqué sa directrice à la presse.",
            "Un incendie a détruit dimanche un entrepôt près de Bordeaux, sans faire de blessé.");

    @Test
    void shouldAnswerEveryRequestWith200OrA503WithRetryAfterUnderLoad() throws Exception {
        ServerConfig config = ServerConfig.defaults().withPort(0).withConcurrency(2, 4)
                .withAnalysisTimeout(Duration.ofMinutes(3));
        try (DepecheServer server = new DepecheServer(config, Analysis.of(Analyzer.standard()), null, line -> { })
                .start()) {
            assertThat(server.awaitReady(Duration.ofMinutes(5))).isTrue();
            LoadTest load = new LoadTest(server.uri());
            load.run("warm-up", TEXTS.subList(0, 2), 1, 1, "fr");

            LoadTest.Phase normal = load.run("normal", TEXTS, 4, 1, "fr");
            assertThat(normal.clean()).isTrue();
            assertThat(normal.ok()).isEqualTo(TEXTS.size());

            LoadTest.Phase overload = load.run("overload", TEXTS, 16, 2, "fr");
            assertThat(overload.clean()).as("only 200 and 503 with Retry-After, none lost: %s", overload).isTrue();
            assertThat(overload.statuses().get(503)).as("some requests were refused").isPositive();
            assertThat(overload.ok()).isPositive();

            LoadTest.Phase after = load.run("after", TEXTS.subList(0, 2), 1, 1, "fr");
            assertThat(after.ok()).isEqualTo(2);
        }
    }
}
