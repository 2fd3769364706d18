package io.vigil.cases.guidance;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The reads guidance makes from sop-service, each bounded in time, retried once, and behind a circuit breaker
 * that stops calling a failing sop-service for a while, so case work never waits on it. A 4xx answer
 * ({@link SopRefusal}) is an answer, not a failure: it is not retried, not counted, and reaches the caller.
 * The numbers are defaults; {@code quarkus.fault-tolerance."io.vigil.cases.guidance.SopReads".*} overrides them.
 */
@ApplicationScoped
@Timeout(2000)
@Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = SopRefusal.class)
@CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 15_000, successThreshold = 1,
        skipOn = SopRefusal.class)
public class SopReads {

    private static final Logger LOG = Logger.getLogger(SopReads.class);

    private final SopServiceClient sopService;

    SopReads(@RestClient SopServiceClient sopService) {
        this.sopService = sopService;
    }

    /** The SOP in effect for a case's domain and category. */
    @CircuitBreakerName("sop-service-in-effect")
    @Fallback(fallbackMethod = "inEffectUnavailable", skipOn = SopRefusal.class)
    public SopLookup inEffect(String domain, String category) {
        try {
            return SopLookup.found(sopService.inEffect(domain, category));
        } catch (SopRefusal refusal) {
            if (refusal.is("no-sop-in-effect")) {
                return SopLookup.noneApplies();
            }
            throw refusal;
        }
    }

    /** The version a walk is pinned to. */
    @CircuitBreakerName("sop-service-version")
    @Fallback(fallbackMethod = "versionUnavailable", skipOn = SopRefusal.class)
    public SopLookup version(String key, int version) {
        return SopLookup.found(sopService.version(key, version));
    }

    /** Evaluates a pinned version; throws {@link GuidanceUnavailableException} when sop-service cannot answer. */
    @CircuitBreakerName("sop-service-evaluate")
    @Fallback(fallbackMethod = "evaluateUnavailable", skipOn = SopRefusal.class)
    public SopEvaluation evaluate(String key, int version, Map<String, Object> facts, Map<String, String> answers) {
        return sopService.evaluate(key, new SopServiceClient.Evaluate(facts, answers, version));
    }

    SopLookup inEffectUnavailable(String domain, String category, Throwable cause) {
        return SopLookup.unavailable(logged("the SOP for " + domain + "/" + category, cause));
    }

    SopLookup versionUnavailable(String key, int version, Throwable cause) {
        return SopLookup.unavailable(logged(key + " v" + version, cause));
    }

    SopEvaluation evaluateUnavailable(String key, int version, Map<String, Object> facts,
            Map<String, String> answers, Throwable cause) {
        throw new GuidanceUnavailableException(logged("an evaluation of " + key + " v" + version, cause));
    }

    private static String logged(String what, Throwable cause) {
        String reason = SopOutage.describe(cause);
        LOG.warnf("guidance unavailable: %s could not be read: %s", what, reason);
        return reason;
    }
}
