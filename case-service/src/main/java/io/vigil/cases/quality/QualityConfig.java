package io.vigil.cases.quality;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** The QA rubric and the limits of sampling; see the README's configuration table. */
@ConfigMapping(prefix = "vigil.cases.quality")
public interface QualityConfig {

    /** The rubric's criteria by key (shown in key order). */
    Map<String, Criterion> rubric();

    /** Share of the rubric's points a review needs, with agreement on the outcome, to pass. */
    @WithDefault("0.8")
    double passShare();

    /** Most cases one sample may draw. */
    @WithDefault("1000")
    int maxSample();

    /** Most resolved cases a sample may draw from; a larger population needs a narrower period or filter. */
    @WithDefault("200000")
    int maxPopulation();

    /** The trailing window of the Prometheus pass-rate gauges. */
    @WithDefault("P30D")
    Duration metricsWindow();

    /** One rubric criterion: what it judges and its highest score (scores run from 0). */
    interface Criterion {

        String label();

        @WithDefault("5")
        int maxScore();
    }
}
