package org.depeche.eval.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.depeche.eval.EvaluationReport;
import org.depeche.eval.Prf;
import org.junit.jupiter.api.Test;
import org.depeche.testsupport.SharedData;

/** The acceptance bar of the time issue on the French TimeBank development folder (CoreNLP + HeidelTime). */
class TimeEvaluationIT {

    @Test
    @SuppressWarnings("unchecked")
    void beatsHeidelTimeAndMeetsTheBarOnTheFrenchTimeBank() {
        Path gold = SharedData.path("corpora/french-timebank");
        EvaluationReport report = TimeEvaluation.run(gold, "fr", 2, true, null, r -> { });
        assertThat(report.failed()).isZero();
        Prf strict = (Prf) report.metrics().get("strict");
        Prf value = (Prf) report.metrics().get("value");
        Map<String, Object> heideltime = (Map<String, Object>) report.baselines().get("heideltime").get("metrics");
        assertThat(strict.f1()).isGreaterThanOrEqualTo(0.88);
        assertThat(value.f1()).isGreaterThanOrEqualTo(0.85);
        assertThat(strict.f1()).isGreaterThan(((Prf) heideltime.get("strict")).f1());
        assertThat(value.f1()).isGreaterThan(((Prf) heideltime.get("value")).f1());
    }
}
