package io.vigil.console.guidance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The guidance panel's dealings with case-service, as the signed-in user: show a case's guidance, answer,
 * give a fact, record the final outcome, start over. Every outcome, refusals and silences included, becomes
 * a panel to render, never an error page, so the rest of the case page carries on.
 */
@ApplicationScoped
public class GuidanceDesk {

    private static final Logger LOG = Logger.getLogger(GuidanceDesk.class);

    private final GuidanceClient caseService;

    public GuidanceDesk(@RestClient GuidanceClient caseService) {
        this.caseService = caseService;
    }

    public Panel show(UUID caseId) {
        try {
            return Panel.loaded(caseService.guidance(caseId));
        } catch (GuidanceRefused refused) {
            return unshown(refused);
        } catch (ProcessingException silent) {
            LOG.warnf("case-service did not answer the guidance of case %s: %s", caseId, silent.getMessage());
            return Panel.of(Panel.State.UNREACHABLE);
        }
    }

    /**
     * The case's SOP walk for the enforcement form to start from; empty when there is none or case-service does
     * not say (the form is then filled in by hand, so a failure here is nobody's concern but the log's).
     */
    public Optional<SopWalk> walkOf(UUID caseId) {
        try {
            return SopWalk.of(caseService.guidance(caseId));
        } catch (GuidanceRefused refused) {
            return Optional.empty();
        } catch (ProcessingException silent) {
            LOG.warnf("case-service did not answer the guidance of case %s: %s", caseId, silent.getMessage());
            return Optional.empty();
        }
    }

    public Panel answer(UUID caseId, String input, String value) {
        if (blank(input) || blank(value)) {
            return show(caseId).withNotice("Choose one of the answers");
        }
        return act(caseId, () -> caseService.step(caseId, Map.of("input", input, "value", value)));
    }

    public Panel giveFact(UUID caseId, String name, String type, String value) {
        if (blank(name)) {
            return show(caseId).withNotice("Say which fact you are giving");
        }
        Object parsed;
        try {
            parsed = FactValue.parse(name, type, value);
        } catch (IllegalArgumentException unreadable) {
            return show(caseId).withNotice(unreadable.getMessage());
        }
        return act(caseId, () -> caseService.step(caseId, Map.of("facts", Map.of(name, parsed))));
    }

    /** {@code begin}: the tree decided on the case's facts alone and no walk is recorded yet. */
    public Panel decide(UUID caseId, String outcome, boolean begin) {
        if (blank(outcome)) {
            return show(caseId).withNotice("Enter the final outcome as a code, such as DELIST_AND_STRIKE");
        }
        return act(caseId, () -> {
            if (begin) {
                caseService.step(caseId, Map.of());
            }
            caseService.decide(caseId, Map.of("outcome", outcome.trim().toUpperCase(Locale.ROOT)));
            return caseService.guidance(caseId);
        });
    }

    public Panel restart(UUID caseId) {
        return act(caseId, () -> {
            caseService.restart(caseId);
            return caseService.guidance(caseId);
        });
    }

    private Panel act(UUID caseId, Supplier<CaseGuidance> action) {
        try {
            return Panel.loaded(action.get());
        } catch (GuidanceRefused refused) {
            if (refused.status() == 401 || refused.status() == 403 || refused.status() == 404) {
                return unshown(refused);
            }
            Panel now = show(caseId);
            boolean saysUnavailable = now.isLoaded() && !now.guidance().isAvailable() && !now.guidance().isNoSop();
            return refused.status() == 503 && saysUnavailable ? now : now.withNotice(refused.getMessage());
        } catch (ProcessingException silent) {
            LOG.warnf("case-service did not answer a guidance step on case %s: %s", caseId, silent.getMessage());
            return Panel.of(Panel.State.UNREACHABLE);
        }
    }

    private static Panel unshown(GuidanceRefused refused) {
        return switch (refused.status()) {
            case 403 -> Panel.of(Panel.State.NOT_PERMITTED);
            case 404 -> Panel.of(Panel.State.NOT_FOUND);
            default -> {
                LOG.warnf("case-service answered a guidance call with HTTP %d", refused.status());
                yield Panel.of(Panel.State.UNREACHABLE);
            }
        };
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
