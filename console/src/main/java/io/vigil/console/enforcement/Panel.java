package io.vigil.console.enforcement;

import io.vigil.console.cases.CaseRecord;
import io.vigil.console.format.Notice;
import io.vigil.console.outbound.Answer;
import io.vigil.console.outbound.ItemPage;
import io.vigil.console.shell.Viewer;
import java.util.List;
import java.util.UUID;

/** What the enforcement panel of a case shows: its actions, its subjects' strikes and the request form. */
public record Panel(UUID caseId, Viewer viewer, Answer<CaseRecord> theCase, Answer<ItemPage<Action>> actions,
        Answer<CaseStrikes> strikes, Answer<ItemPage<ReasonCode>> reasons, RequestForm form, Notice notice,
        ActionTypes rules) {

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
