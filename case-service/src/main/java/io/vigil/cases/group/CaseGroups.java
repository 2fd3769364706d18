package io.vigil.cases.group;

import io.vigil.cases.Case;
import io.vigil.cases.CaseAudit;
import io.vigil.cases.CaseService;
import io.vigil.cases.timeline.Timeline;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Which account groups a case works on: reference a group from a case, drop the reference, list both ways. */
@ApplicationScoped
public class CaseGroups {

    private final AccountGroupRepository groups;
    private final AccountGroupService groupService;
    private final CaseService cases;
    private final CaseAudit audit;
    private final Timeline timeline;

    CaseGroups(AccountGroupRepository groups, AccountGroupService groupService, CaseService cases, CaseAudit audit,
            Timeline timeline) {
        this.groups = groups;
        this.groupService = groupService;
        this.cases = cases;
        this.audit = audit;
        this.timeline = timeline;
    }

    @Transactional
    public AccountGroup attach(UUID caseId, UUID groupId, Caller caller) {
        return change(caseId, groupId, true, caller);
    }

    @Transactional
    public AccountGroup detach(UUID caseId, UUID groupId, Caller caller) {
        return change(caseId, groupId, false, caller);
    }

    /** The groups of a case that the caller may see. */
    public List<AccountGroup> of(UUID caseId, Caller caller) {
        cases.get(caseId, caller);
        Set<String> regions = caller.regions();
        return groups.groupsOf(caseId).stream().flatMap(id -> groups.findVisible(id, regions).stream()).toList();
    }

    /** The cases referencing a group that the caller may see. */
    public List<Case> casesOf(UUID groupId, Caller caller) {
        groupService.get(groupId, caller);
        return groups.casesOf(groupId).stream().flatMap(id -> cases.find(id, caller).stream()).toList();
    }

    private AccountGroup change(UUID caseId, UUID groupId, boolean attach, Caller caller) {
        String action = attach ? "case.group-attach" : "case.group-detach";
        Case kase = cases.getFor(action, caseId, caller);
        AccountGroup group = groupService.get(groupId, caller, action);
        boolean changed = attach ? groups.attach(caseId, groupId) : groups.detach(caseId, groupId);
        if (changed) {
            timeline.record(caseId, "account-group", caller.username(),
                    (attach ? "Works on account group " : "No longer works on account group ") + group.name());
            audit.about(action, kase).change("accountGroups", attach ? null : groupId.toString(),
                    attach ? groupId.toString() : null).record();
        }
        return group;
    }
}
