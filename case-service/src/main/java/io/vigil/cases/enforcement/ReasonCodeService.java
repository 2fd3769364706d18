package io.vigil.cases.enforcement;

import io.vigil.audit.client.AuditEventBuilder;
import io.vigil.audit.client.AuditLog;
import io.vigil.kit.page.Cursor;
import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
import io.vigil.kit.problem.ConflictException;
import io.vigil.kit.problem.PreconditionFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The managed catalogue of policy reasons: leads and admins define, change, retire and delete codes; everyone who
 * enforces reads them. Codes are not region-scoped: policy is the same everywhere, only its application is local.
 */
@ApplicationScoped
public class ReasonCodeService {

    private final ReasonCodeRepository codes;
    private final AuditLog audit;
    private final Clock clock;

    ReasonCodeService(ReasonCodeRepository codes, AuditLog audit, Clock clock) {
        this.codes = codes;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ReasonCode create(String code, ReasonSpec spec) {
        if (codes.findByIdOptional(code).isPresent()) {
            denied("reason-code.create", code, "reason-code-exists", "the code is taken");
            throw new ConflictException("reason-code-exists", "Reason code " + code + " already exists; change it"
                    + " with PUT /api/reason-codes/" + code, Map.of("code", code));
        }
        ReasonCode reason = new ReasonCode(code, spec, clock.instant());
        codes.persistAndFlush(reason);
        audit.event("reason-code.create").target("reason-code", code, reason.version())
                .reason(spec.policy(), spec.title()).change("strikeWeight", null, String.valueOf(spec.strikeWeight()))
                .change("active", null, String.valueOf(spec.active())).record();
        return reason;
    }

    @Transactional
    public ReasonCode update(String code, ReasonSpec spec, OptionalLong ifMatch) {
        ReasonCode reason = get(code, "reason-code.update");
        checkVersion(reason, ifMatch, "reason-code.update");
        ReasonSpec before = reason.spec();
        reason.change(spec, clock.instant());
        codes.flush();
        var event = audit.event("reason-code.update").target("reason-code", code, reason.version())
                .reason(spec.policy(), spec.title());
        changed(event, "ground", before.ground(), spec.ground());
        changed(event, "groundType", String.valueOf(before.groundType()), String.valueOf(spec.groundType()));
        changed(event, "policy", before.policy(), spec.policy());
        changed(event, "strikeWeight", String.valueOf(before.strikeWeight()), String.valueOf(spec.strikeWeight()));
        changed(event, "active", String.valueOf(before.active()), String.valueOf(spec.active()));
        event.record();
        return reason;
    }

    /** A code no action cites is deleted; one that is cited can only be retired ({@code active:false}). */
    @Transactional
    public void delete(String code, OptionalLong ifMatch) {
        ReasonCode reason = get(code, "reason-code.delete");
        checkVersion(reason, ifMatch, "reason-code.delete");
        if (codes.inUse(code)) {
            denied("reason-code.delete", code, "reason-code-in-use", "actions cite this code");
            throw new ConflictException("reason-code-in-use", "Actions cite reason code " + code
                    + "; retire it with \"active\": false instead of deleting it", Map.of("code", code));
        }
        codes.delete(reason);
        audit.event("reason-code.delete").target("reason-code", code, reason.version())
                .change("code", code, null).record();
    }

    public ReasonCode get(String code) {
        return codes.findByIdOptional(code).orElseThrow(() -> new ReasonCodeNotFoundException(code));
    }

    public Optional<ReasonCode> find(String code) {
        return codes.findByIdOptional(code);
    }

    public Page<ReasonCode> list(Optional<String> domain, Optional<Boolean> active, PageRequest page) {
        List<ReasonCode> found = codes.page(domain, active, page.after(), page.limit() + 1);
        boolean more = found.size() > page.limit();
        List<ReasonCode> items = more ? found.subList(0, page.limit()) : found;
        return new Page<>(List.copyOf(items), more ? Cursor.encode(items.get(items.size() - 1).code()) : null);
    }

    private ReasonCode get(String code, String action) {
        return codes.findByIdOptional(code).orElseThrow(() -> {
            denied(action, code, "not-found", "no such reason code");
            return new ReasonCodeNotFoundException(code);
        });
    }

    private void checkVersion(ReasonCode reason, OptionalLong ifMatch, String action) {
        try {
            reason.requireVersion(ifMatch);
        } catch (PreconditionFailedException stale) {
            denied(action, reason.code(), "stale-version", stale.getMessage());
            throw stale;
        }
    }

    private void denied(String action, String code, String outcome, String text) {
        audit.event(action).denied(outcome).target("reason-code", code, null).reason(outcome, text)
                .recordSeparately();
    }

    private static void changed(AuditEventBuilder event, String field, String before,
            String after) {
        if (!Objects.equals(before, after)) {
            event.change(field, before, after);
        }
    }
}
