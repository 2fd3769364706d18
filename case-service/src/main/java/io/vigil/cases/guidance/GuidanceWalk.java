package io.vigil.cases.guidance;

import io.vigil.cases.guidance.SopEvaluation.NextQuestion;
import io.vigil.cases.guidance.SopEvaluation.TreeOutcome;
import io.vigil.kit.problem.InvalidRequestException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An investigator's walk through the decision tree of the SOP version that applied to a case when the walk
 * began: the answers and facts given, where the tree stands, its outcome and the investigator's final one.
 * The rules of moving along (answer only the question asked, decide only at an outcome, once) live here.
 */
@Entity
@Table(name = "case_guidance_walk")
public class GuidanceWalk extends WalkRecord {

    @Id
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "sop_key")
    private String sopKey;
    @Column(name = "sop_version")
    private int sopVersion;
    @Enumerated(EnumType.STRING)
    private WalkStatus status;
    @Version
    private long version;

    protected GuidanceWalk() {
    }

    /** A walk on the given version, standing where sop-service's first evaluation put it. */
    static GuidanceWalk begin(UUID caseId, SopGuidance sop, Position start, String by, Instant now) {
        GuidanceWalk walk = new GuidanceWalk();
        walk.caseId = caseId;
        walk.sopKey = sop.key();
        walk.sopVersion = sop.version();
        walk.start(by, now);
        walk.moveTo(start, now);
        return walk;
    }

    /** Checks that {@code value} answers the question the walk waits on. */
    void checkAnswer(String input, String value) {
        checkWalking();
        Position at = position();
        if (at.kind() == Position.Kind.FACT) {
            throw new GuidanceConflictException("guidance-needs-fact", "The tree needs the fact " + at.fact()
                    + " before it can go on", Map.of("fact", at.fact()));
        }
        NextQuestion asked = at.question();
        if (!asked.input().equals(input)) {
            throw new GuidanceConflictException("guidance-stale-question", "The walk waits on the question "
                    + asked.input() + ", not " + input, Map.of("waitingOn", asked.input()));
        }
        if (!asked.answers().contains(value)) {
            throw new InvalidRequestException("value", "'" + value + "' is not one of: "
                    + String.join(", ", asked.answers()));
        }
    }

    /** Facts may be added while the tree still decides; afterwards they could no longer change anything. */
    void checkWalking() {
        if (status == WalkStatus.DECIDED) {
            throw new GuidanceConflictException("guidance-decided", "The final outcome of this walk is recorded",
                    Map.of("humanOutcome", humanOutcome().orElseThrow()));
        }
        if (status == WalkStatus.OUTCOME_REACHED) {
            throw new GuidanceConflictException("guidance-outcome-reached", "The tree reached the outcome "
                    + treeOutcome().orElseThrow().code() + "; start over to walk it again",
                    Map.of("treeOutcome", treeOutcome().orElseThrow().code()));
        }
    }

    /** Records the answer to the question the walk waited on; {@link #checkAnswer} was called first. */
    void answer(String value, String by, Instant now) {
        NextQuestion asked = position().question();
        List<AnsweredQuestion> answered = new ArrayList<>(answered());
        answered.add(new AnsweredQuestion(asked.node(), asked.text(), asked.input(), value, by, now));
        storeAnswers(answered);
    }

    void addFacts(Map<String, Object> given) {
        Map<String, Object> merged = new LinkedHashMap<>(facts());
        merged.putAll(given);
        storeFacts(merged);
    }

    /** Moves to where the latest evaluation put the walk; an outcome ends the questions. */
    void moveTo(Position at, Instant now) {
        place(at, now);
        status = at.kind() == Position.Kind.OUTCOME ? WalkStatus.OUTCOME_REACHED : WalkStatus.WALKING;
    }

    /** The investigator's final outcome: only once the tree reached one, and only once. */
    void decide(String outcome, String by, Instant now) {
        if (status == WalkStatus.WALKING) {
            throw new GuidanceConflictException("guidance-no-outcome",
                    "The tree has not reached an outcome yet; answer its questions first");
        }
        if (status == WalkStatus.DECIDED) {
            checkWalking();
        }
        recordDecision(outcome, by, now);
        status = WalkStatus.DECIDED;
    }

    /** Answers given so far by the question's input, as sop-service evaluates them. */
    Map<String, String> answersByInput() {
        Map<String, String> byInput = new LinkedHashMap<>();
        answered().forEach(a -> byInput.put(a.input(), a.value()));
        return byInput;
    }

    public UUID caseId() {
        return caseId;
    }

    public String sopKey() {
        return sopKey;
    }

    public int sopVersion() {
        return sopVersion;
    }

    public WalkStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    public Optional<TreeOutcome> treeOutcome() {
        return Optional.ofNullable(position().outcome());
    }
}
