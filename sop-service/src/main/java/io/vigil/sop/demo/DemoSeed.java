package io.vigil.sop.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.vigil.kit.id.IdGenerator;
import io.vigil.sop.Sop;
import io.vigil.sop.SopAudit;
import io.vigil.sop.SopRepository;
import io.vigil.sop.SopVersion;
import io.vigil.sop.SopVersionRepository;
import io.vigil.sop.VersionContent;
import io.vigil.sop.VersionContentCheck;
import io.vigil.sop.VersionPublished;
import io.vigil.sop.VersionStatus;
import io.vigil.sop.outline.OutlineCompiler;
import io.vigil.sop.tree.TreeWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo SOPs, each published as version 1 written by the demo author sam and approved and published
 * by the demo approver sara (so the four-eyes rule holds for demo data too). Idempotent: an SOP whose key
 * exists is left alone, so running it again, or on every start, changes nothing.
 */
@ApplicationScoped
public class DemoSeed {

    static final String AUTHOR = "sam";
    static final String APPROVER = "sara";

    private final SopRepository sops;
    private final SopVersionRepository versions;
    private final VersionContentCheck check;
    private final OutlineCompiler outlines;
    private final SopAudit audit;
    private final ObjectMapper json;
    private final Event<VersionPublished> published;
    private final IdGenerator ids;
    private final Clock clock;
    private final boolean onStart;

    public DemoSeed(SopRepository sops, SopVersionRepository versions, VersionContentCheck check,
            OutlineCompiler outlines, SopAudit audit, ObjectMapper json, Event<VersionPublished> published,
            IdGenerator ids, Clock clock,
            @ConfigProperty(name = "vigil.sop.demo-seed", defaultValue = "false") boolean onStart) {
        this.sops = sops;
        this.versions = versions;
        this.check = check;
        this.outlines = outlines;
        this.audit = audit;
        this.json = json;
        this.published = published;
        this.ids = ids;
        this.clock = clock;
        this.onStart = onStart;
    }

    void onStart(@Observes StartupEvent started) {
        if (onStart) {
            load();
        }
    }

    /** Returns the keys it loaded; keys that already existed are skipped. */
    @Transactional
    public Result load() {
        List<String> loaded = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (DemoSop demo : DemoCatalog.load(json)) {
            if (sops.findByKey(demo.definition().key()).isPresent()) {
                skipped.add(demo.definition().key());
            } else {
                publish(demo);
                loaded.add(demo.definition().key());
            }
        }
        return new Result(loaded, skipped);
    }

    private void publish(DemoSop demo) {
        Instant now = clock.instant();
        Sop sop = Sop.define(ids.next(), demo.definition(), AUTHOR, now);
        sop.govern(demo.governance(), now);
        sops.persistAndFlush(sop);
        audit.sopChange("sop.define", sop).reason("demo-seed", null).record();
        VersionContent content = new VersionContent(demo.changeNote(), demo.steps(), write(TreeWriter.write(
                outlines.compile(demo.outline()).tree())), write(demo.testSuite()));
        SopVersion version = SopVersion.draft(ids.next(), sop.id(), 1, content, AUTHOR, null, now);
        version.submit(check.report(content), now);
        version.approve(APPROVER, "demo content", now);
        version.publish(APPROVER, now, now);
        versions.persist(version);
        audit.versionChange("sop.version.publish", sop.key(), versions.flushed(version), VersionStatus.DRAFT);
        published.fire(new VersionPublished(sop.id(), sop.key(), version.number(), now));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a run loaded and what it found already there. */
    public record Result(List<String> loaded, List<String> skipped) {
    }
}
