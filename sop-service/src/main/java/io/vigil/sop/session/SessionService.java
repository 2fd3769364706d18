package io.vigil.sop.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.kit.id.IdGenerator;
import io.vigil.sop.Sop;
import io.vigil.sop.SopNotFoundException;
import io.vigil.sop.SopRepository;
import io.vigil.sop.VersionLibrary;
import io.vigil.sop.evaluation.CompiledTrees;
import io.vigil.sop.evaluation.Evaluation;
import io.vigil.sop.evaluation.Walk;
import io.vigil.sop.experiment.ExperimentService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The ticketbot's step-by-step walk: open a session for a ticket, then answer one question at a time. */
@ApplicationScoped
public class SessionService {

    private final SopRepository sops;
    private final SessionRepository sessions;
    private final VersionLibrary library;
    private final ExperimentService experiments;
    private final CompiledTrees trees;
    private final ObjectMapper json;
    private final IdGenerator ids;
    private final Clock clock;

    public SessionService(SopRepository sops, SessionRepository sessions, VersionLibrary library,
            ExperimentService experiments, CompiledTrees trees, ObjectMapper json, IdGenerator ids, Clock clock) {
        this.sops = sops;
        this.sessions = sessions;
        this.library = library;
        this.experiments = experiments;
        this.trees = trees;
        this.json = json;
        this.ids = ids;
        this.clock = clock;
    }

    /** With an experiment the ticket's arm picks the version; otherwise the pinned one or the one in effect. */
    @Transactional
    public SessionState open(String key, SessionStart start) {
        Sop sop = getSop(key);
        Session session = start.experiment().map(id -> {
            ExperimentService.Assignment a = experiments.assign(key, id, start.ticketId());
            return Session.open(ids.next(), sop.id(), a.version(), start.ticketId(), id, a.arm(),
                    write(start.facts()), clock.instant());
        }).orElseGet(() -> Session.open(ids.next(), sop.id(), library.resolve(key, start.version()).number(),
                start.ticketId(), null, null, write(start.facts()), clock.instant()));
        SessionState state = walk(key, session, Map.of());
        sessions.persistAndFlush(session);
        return state;
    }

    /** Answers the question the session waits on; a wrong value is a 400 naming the question's input. */
    @Transactional
    public SessionState answer(String key, UUID id, String value) {
        Session session = sessions.get(getSop(key), id);
        session.requireOpen();
        Map<String, String> answers = new LinkedHashMap<>(read(session.answers(), new TypeReference<>() { }));
        answers.put(walk(key, session, answers).evaluation().next().input(), value);
        SessionState state = walk(key, session, answers);
        sessions.flush();
        return state;
    }

    public SessionState get(String key, UUID id) {
        Session session = sessions.get(getSop(key), id);
        return new SessionState(session, evaluate(key, session, read(session.answers(), new TypeReference<>() { })));
    }

    private SessionState walk(String key, Session session, Map<String, String> answers) {
        Evaluation evaluation = evaluate(key, session, answers);
        session.advance(write(answers), write(evaluation.path()),
                evaluation.outcome() == null ? null : evaluation.outcome().code(), clock.instant());
        return new SessionState(session, evaluation);
    }

    private Evaluation evaluate(String key, Session session, Map<String, String> answers) {
        Map<String, Object> facts = read(session.facts(), new TypeReference<>() { });
        return Walk.of(trees.of(library.get(key, session.sopVersion())), facts, answers);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String stored, TypeReference<T> type) {
        try {
            return json.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Sop getSop(String key) {
        return sops.findByKey(key).orElseThrow(() -> new SopNotFoundException(key));
    }

    /** What a ticketbot sends to open a session. */
    public record SessionStart(String ticketId, Map<String, Object> facts, Optional<Integer> version,
            Optional<UUID> experiment) {
    }

    /** A session and where its walk stands now. */
    public record SessionState(Session session, Evaluation evaluation) {
    }
}
