package io.vigil.cases.guidance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.vigil.cases.guidance.SopEvaluation.NextQuestion;
import io.vigil.cases.guidance.SopEvaluation.TreeOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stored state of a {@link GuidanceWalk}: answers and facts as JSON documents, the tree position as
 * columns. Kept apart so the entity shows its rules, not its storage.
 */
@MappedSuperclass
abstract class WalkRecord {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final TypeReference<List<AnsweredQuestion>> ANSWERS = new TypeReference<>() {
    };
    private static final TypeReference<LinkedHashMap<String, Object>> FACTS = new TypeReference<>() {
    };

    private String answers;
    private String facts;
    private String[] path;
    @Column(name = "next_node")
    private String nextNode;
    @Column(name = "next_text")
    private String nextText;
    @Column(name = "next_input")
    private String nextInput;
    @Column(name = "next_answers")
    private String[] nextAnswers;
    @Column(name = "needs_fact")
    private String needsFact;
    @Column(name = "tree_outcome")
    private String treeOutcome;
    @Column(name = "outcome_automatable")
    private Boolean outcomeAutomatable;
    @Column(name = "outcome_handover")
    private Boolean outcomeHandover;
    @Column(name = "outcome_reply")
    private String outcomeReply;
    @Column(name = "human_outcome")
    private String humanOutcome;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "started_by")
    private String startedBy;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    void start(String by, Instant now) {
        startedBy = by;
        startedAt = now;
        answers = "[]";
        facts = "{}";
    }

    void place(Position at, Instant now) {
        path = at.path().toArray(String[]::new);
        NextQuestion question = at.question();
        nextNode = question == null ? null : question.node();
        nextText = question == null ? null : question.text();
        nextInput = question == null ? null : question.input();
        nextAnswers = question == null ? null : question.answers().toArray(String[]::new);
        needsFact = at.fact();
        TreeOutcome outcome = at.outcome();
        treeOutcome = outcome == null ? null : outcome.code();
        outcomeAutomatable = outcome == null ? null : outcome.automatable();
        outcomeHandover = outcome == null ? null : outcome.handover();
        outcomeReply = outcome == null ? null : outcome.reply();
        updatedAt = now;
    }

    void storeAnswers(List<AnsweredQuestion> answered) {
        answers = write(answered);
    }

    void storeFacts(Map<String, Object> given) {
        facts = write(given);
    }

    void recordDecision(String outcome, String by, Instant now) {
        humanOutcome = outcome;
        decidedBy = by;
        decidedAt = now;
        updatedAt = now;
    }

    public Position position() {
        List<String> passed = path == null ? List.of() : Arrays.asList(path);
        if (treeOutcome != null) {
            return new Position(Position.Kind.OUTCOME, null, null, new TreeOutcome(treeOutcome,
                    Boolean.TRUE.equals(outcomeAutomatable), Boolean.TRUE.equals(outcomeHandover), outcomeReply),
                    passed);
        }
        if (needsFact != null) {
            return Position.needs(needsFact, passed);
        }
        return new Position(Position.Kind.QUESTION, new NextQuestion(nextNode, nextText, nextInput,
                nextAnswers == null ? List.of() : Arrays.asList(nextAnswers)), null, null, passed);
    }

    public List<AnsweredQuestion> answered() {
        return read(answers, ANSWERS);
    }

    public Map<String, Object> facts() {
        return read(facts, FACTS);
    }

    public Optional<String> humanOutcome() {
        return Optional.ofNullable(humanOutcome);
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(String stored, TypeReference<T> type) {
        try {
            return JSON.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
