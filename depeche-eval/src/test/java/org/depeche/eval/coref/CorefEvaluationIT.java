package org.depeche.eval.coref;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.depeche.eval.EvaluationReport;
import org.depeche.eval.Prf;
import org.junit.jupiter.api.Test;
import org.depeche.testsupport.SharedData;

/** The whole POPCORN train part (../shared, read at run time): the bar is a CoNLL F1 of 0.70. */
class CorefEvaluationIT {

    @Test
    void popcornConllScoreReachesTheBar() {
        EvaluationReport report = CorefEvaluation.run(SharedData.path("corpora/popcorn"), "fr", 2, r -> { });
        assertThat(report.documents()).isEqualTo(400);
        assertThat(report.failed()).isZero();
        double conll = (double) ((Map<?, ?>) report.metrics().get("conll")).get("f1");
        assertThat(conll).isGreaterThanOrEqualTo(0.70);
        assertThat(((Prf) report.metrics().get("mentions")).f1()).isGreaterThan(0.8);
        assertThat(report.toJson()).contains("\"muc\"", "\"b3\"", "\"ceafe\"", "\"conll\"", "\"mentions\"");
    }
}
