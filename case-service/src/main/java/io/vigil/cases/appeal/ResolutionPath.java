package io.vigil.cases.appeal;

import io.vigil.cases.CaseStateMachine;
import io.vigil.cases.CaseStatus;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shortest walk through the case state machine from a status to RESOLVED, so deciding an appeal resolves its
 * case through real, recorded transitions rather than by setting a status. It never passes through WAITING,
 * ESCALATED or REOPENED, which mean something else; a resolved or closed case needs no walk.
 */
final class ResolutionPath {

    private static final Set<CaseStatus> NOT_VIA = EnumSet.of(CaseStatus.WAITING, CaseStatus.ESCALATED,
            CaseStatus.REOPENED, CaseStatus.CLOSED);

    private ResolutionPath() {
    }

    static List<CaseStatus> from(CaseStatus status) {
        if (status == CaseStatus.RESOLVED || status == CaseStatus.CLOSED) {
            return List.of();
        }
        Map<CaseStatus, CaseStatus> cameFrom = new EnumMap<>(CaseStatus.class);
        ArrayDeque<CaseStatus> frontier = new ArrayDeque<>(List.of(status));
        while (!frontier.isEmpty()) {
            CaseStatus at = frontier.poll();
            for (CaseStatus next : CaseStateMachine.allowedFrom(at).stream().sorted().toList()) {
                if (next == CaseStatus.RESOLVED) {
                    return walkBack(cameFrom, status, at);
                }
                if (!NOT_VIA.contains(next) && next != status && !cameFrom.containsKey(next)) {
                    cameFrom.put(next, at);
                    frontier.add(next);
                }
            }
        }
        throw new IllegalStateException("the case state machine has no way from " + status + " to RESOLVED");
    }

    private static List<CaseStatus> walkBack(Map<CaseStatus, CaseStatus> cameFrom, CaseStatus start,
            CaseStatus last) {
        List<CaseStatus> path = new ArrayList<>(List.of(CaseStatus.RESOLVED));
        for (CaseStatus at = last; at != start; at = cameFrom.get(at)) {
            path.add(at);
        }
        Collections.reverse(path);
        return path;
    }
}
