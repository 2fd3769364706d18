package io.vigil.cases.incident;

import io.vigil.kit.id.IdGenerator;
import io.vigil.kit.problem.FieldError;
import io.vigil.kit.problem.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Brings an incident's tracked corrective actions in line with the list an RCA save states. */
@ApplicationScoped
class RcaActions {

    private final CorrectiveActionRepository actions;
    private final IdGenerator ids;

    RcaActions(CorrectiveActionRepository actions, IdGenerator ids) {
        this.actions = actions;
        this.ids = ids;
    }

    Applied plan(Incident incident, List<RcaDraft.ActionDraft> drafts) {
        Map<UUID, CorrectiveAction> existing = new LinkedHashMap<>();
        actions.of(incident.id()).forEach(a -> existing.put(a.id(), a));
        return new Applied(incident.id(), existing, drafts);
    }

    /** The save's effect on the actions: checked first (so a refusal changes nothing), then applied. */
    final class Applied {

        private final UUID incidentId;
        private final Map<UUID, CorrectiveAction> existing;
        private final List<RcaDraft.ActionDraft> drafts;
        private final List<CorrectiveAction> added = new ArrayList<>();

        Applied(UUID incidentId, Map<UUID, CorrectiveAction> existing, List<RcaDraft.ActionDraft> drafts) {
            this.incidentId = incidentId;
            this.existing = existing;
            this.drafts = drafts;
        }

        /** Every listed id must be one of the incident's actions, listed once, and none may be left out. */
        void check() {
            List<FieldError> errors = new ArrayList<>();
            Set<UUID> listed = new HashSet<>();
            for (int i = 0; i < drafts.size(); i++) {
                UUID id = drafts.get(i).id();
                if (id != null && !existing.containsKey(id)) {
                    errors.add(new FieldError("correctiveActions[" + i + "].id",
                            "is not a corrective action of this incident"));
                } else if (id != null && !listed.add(id)) {
                    errors.add(new FieldError("correctiveActions[" + i + "].id", "is listed twice"));
                }
            }
            List<String> missing = existing.keySet().stream().filter(id -> !listed.contains(id))
                    .map(UUID::toString).toList();
            if (!missing.isEmpty()) {
                errors.add(new FieldError("correctiveActions", "must list every existing corrective action (finish"
                        + " or waive an action instead of dropping it); missing: " + String.join(", ", missing)));
            }
            if (!errors.isEmpty()) {
                throw new InvalidRequestException(errors);
            }
        }

        List<RcaContent.ActionSnapshot> apply(Instant now) {
            List<RcaContent.ActionSnapshot> snapshot = new ArrayList<>();
            for (RcaDraft.ActionDraft draft : drafts) {
                CorrectiveAction action = draft.id() == null ? create(draft, now) : existing.get(draft.id());
                action.revise(draft.title(), draft.owner(), draft.dueDate(), now);
                snapshot.add(RcaContent.ActionSnapshot.of(action));
            }
            actions.flush();
            return snapshot;
        }

        List<CorrectiveAction> added() {
            return List.copyOf(added);
        }

        private CorrectiveAction create(RcaDraft.ActionDraft draft, Instant now) {
            CorrectiveAction action = new CorrectiveAction(ids.next(), incidentId, draft.title(), draft.owner(),
                    draft.dueDate(), now);
            actions.persist(action);
            added.add(action);
            return action;
        }
    }
}
