package io.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vigil.e2e.support.Api;
import io.vigil.e2e.support.App;
import io.vigil.e2e.support.Reply;
import io.vigil.e2e.support.Stack;
import io.vigil.e2e.support.VigilStack;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What operators and probes rely on, from every packaged application as it really starts. */
@ExtendWith(VigilStack.class)
class OperationalEndpointsIT {

    @ParameterizedTest
    @EnumSource(App.class)
    void readinessSaysUpWithItsChecks(App app, Stack stack) {
        assumeTrue(stack.runs(app), app + " is not built");

        Reply ready = Api.anonymous().get(app, "/q/health/ready");

        assertThat(ready.status()).as("%s", ready).isEqualTo(200);
        assertThat(ready.json().path("status").asText()).isEqualTo("UP");
        assertThat(ready.json().path("checks").findValuesAsText("status"))
                .allSatisfy(status -> assertThat(status).isEqualTo("UP"));
        if (app.database().isPresent()) {
            assertThat(ready.body()).as("an application with a database checks it").contains("Database connections");
        }
    }

    @ParameterizedTest
    @EnumSource(App.class)
    void openApiDocumentIsServed(App app, Stack stack) {
        assumeTrue(stack.runs(app), app + " is not built");

        Reply openapi = Api.anonymous().get(app, "/q/openapi", "application/json");

        assertThat(openapi.status()).as("%s", openapi).isEqualTo(200);
        assertThat(openapi.json().path("openapi").asText()).startsWith("3.");
    }

    @ParameterizedTest
    @EnumSource(App.class)
    void prometheusMetricsAreServed(App app, Stack stack) {
        assumeTrue(stack.runs(app), app + " is not built");

        Reply metrics = Api.anonymous().get(app, "/q/metrics", "text/plain");

        assertThat(metrics.status()).as("%s", metrics).isEqualTo(200);
        assertThat(metrics.body()).contains("# TYPE");
    }
}
