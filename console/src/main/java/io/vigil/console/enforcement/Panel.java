package io.vigil.console.enforcement;

import io.vigil.console.cases.AccountGroup;
import io.vigil.console.cases.CaseRecord;
import io.vigil.console.format.Notice;
import io.vigil.console.guidance.SopWalk;
import io.vigil.console.outbound.Answer;
import io.vigil.console.outbound.ItemPage;
import io.vigil.console.shell.Viewer;
import java.util.List;
import java.util.UUID;

/**
 * What the enforcement panel of a case shows: its actions, its subjects' strikes and the request form, which offers
 * the case's subjects and account groups and starts from the case's SOP walk.
 */
public record Panel(UUID caseId, Viewer viewer, Answer<CaseRecord> theCase, Answer<ItemPage<Action>> actions,
        Answer<CaseStrikes> strikes, Answer<ItemPage<ReasonCode>> reasons, RequestForm form, Notice notice,
        ActionTypes rules, SopWalk walk, Answer<List<AccountGroup>> groups) {

    /** The case's account groups for the form; none when they could not be loaded (the form says so). */
    public List<AccountGroup> groupChoices() {
        return groups.orElse(List.of());
    }

    /** The walk the form was started from, when the investigator recorded an outcome. */
    public boolean startedFromOutcome() {
        return walk != null && walk.isDecided();
    }

    public List<String> types() {
        return ActionTypes.ALL;
    }

    /** The case's subjects as the form's values ({@code type:ref}). */
    public List<String> subjectValues() {
        return theCase.ok() ? theCase.value().subjects().stream().map(s -> s.type() + ":" + s.ref()).toList()
                : List.of();
    }

    public boolean canRequest() {
        return theCase.ok() && (viewer.has("investigator") || viewer.has("lead"));
    }

    public boolean canReverse() {
        return viewer.has("lead");
    }

    public String approvalRule() {
        return rules.approvalRule();
    }

    public List<String> approvalTypes() {
        return rules.types().stream().sorted().toList();
    }
}
