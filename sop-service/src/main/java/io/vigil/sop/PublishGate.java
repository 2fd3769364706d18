package io.vigil.sop;

import io.vigil.sop.config.SopConfig;
import io.vigil.sop.testing.TestReport;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;

/** Refuses to publish a version whose test suite is less consistent than the configured gate. */
@ApplicationScoped
public class PublishGate {

    private final double gate;
    private final VersionContentCheck check;

    public PublishGate(SopConfig config, VersionContentCheck check) {
        this.gate = config.publishGate();
        this.check = check;
    }

    public void check(SopVersion version) {
        TestReport report = check.readReport(version.testReport());
        Double rate = report == null ? null : report.rate();
        if (gate > 0 && (rate == null || rate < gate)) {
            Map<String, Object> details = new HashMap<>(Map.of("gate", gate));
            if (rate != null) {
                details.put("consistencyRate", rate);
            }
            throw new PublishGateRefusedException("Version " + version.number() + " has a test consistency of "
                    + (rate == null ? "nothing (no test cases)" : Math.round(rate * 1000) / 10.0 + "%")
                    + ", below the publish gate of " + Math.round(gate * 1000) / 10.0 + "%", details);
        }
    }
}
