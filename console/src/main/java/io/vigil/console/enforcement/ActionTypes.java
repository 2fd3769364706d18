package io.vigil.console.enforcement;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Set;

/**
 * The action types case-service knows, which of them take a duration, and when an action needs a second person.
 * The four-eyes settings mirror case-service's {@code vigil.cases.enforcement.four-eyes.*} so the form can say so
 * before the request is sent; case-service still decides.
 */
@ConfigMapping(prefix = "vigil.console.enforcement.four-eyes")
public interface ActionTypes {

    List<String> ALL = List.of("warn", "remove-content", "limit-visibility", "delist", "end-live", "restrict",
            "suspend", "ban", "hold-payout", "demonetize", "refund");

    Set<String> TEMPORARY = Set.of("limit-visibility", "delist", "restrict", "suspend", "hold-payout", "demonetize");

    @WithDefault("ban,hold-payout")
    Set<String> types();

    @WithDefault("10")
    int maxSubjects();

    default boolean needsApproval(String type, int subjects) {
        return types().contains(type) || subjects > maxSubjects();
    }

    /** The sentence the form shows under its submit button. */
    default String approvalRule() {
        return "Needs a second person's approval (a lead other than you): " + String.join(", ", types().stream()
                .sorted().toList()) + ", and any action on more than " + maxSubjects() + " subjects.";
    }
}
