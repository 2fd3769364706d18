package io.vigil.console.cases;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vigil.console.outbound.Answer;
import io.vigil.console.outbound.ParallelCalls;
import io.vigil.console.outbound.ServiceCall;
import io.vigil.console.outbound.ServiceFailedException;
import io.vigil.console.shell.MediaDisplay;
import io.vigil.console.shell.MediaPreference;
import io.vigil.console.shell.Viewer;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Loads and renders the case page. The case itself must load (else a {@link ServiceFailedException} reaches
 * the shell's failure page); each other section is fetched on its own and may fail alone.
 */
@ApplicationScoped
public class CaseFileView {

    static final int TIMELINE_PAGE = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance detail(Viewer viewer, CaseFile file, Feedback feedback,
                List<StatusAction> actions, MediaDisplay media);

        static native TemplateInstance timeline(UUID caseId, TimelineEntry.Page page);
    }

    private final CaseServiceClient cases;
    private final InvestigationClient investigation;
    private final CaseDirectory directory;
    private final Markdown markdown;
    private final MediaPreference preference;
    private final Caller caller;
    private final HttpHeaders headers;
    private final Clock clock;
    private final ParallelCalls parallel;

    public CaseFileView(@RestClient CaseServiceClient cases, @RestClient InvestigationClient investigation,
            CaseDirectory directory, Markdown markdown, MediaPreference preference, Caller caller,
            HttpHeaders headers, Clock clock, ParallelCalls parallel) {
        this.cases = cases;
        this.investigation = investigation;
        this.directory = directory;
        this.markdown = markdown;
        this.preference = preference;
        this.caller = caller;
        this.headers = headers;
        this.clock = clock;
        this.parallel = parallel;
    }

    public TemplateInstance render(UUID id, Feedback feedback) {
        CaseFile file = load(id);
        return Templates.detail(Viewer.of(caller), file, feedback, StatusAction.from(file.kase().status()),
                mediaDisplay());
    }

    /** The case's current version, for the If-Match of a command; throws {@link ServiceFailedException}. */
    public CaseRecord current(UUID id) {
        return ServiceCall.of(CaseDirectory.SERVICE, () -> cases.get(id));
    }

    public TemplateInstance timelinePage(UUID id, String cursor) {
        return Templates.timeline(id, ServiceCall.of(CaseDirectory.SERVICE,
                () -> cases.timeline(id, TIMELINE_PAGE, cursor)));
    }

    public MediaDisplay mediaDisplay() {
        Cookie cookie = headers.getCookies().get(MediaPreference.COOKIE);
        return preference.of(cookie == null ? null : cookie.getValue(), caller.username());
    }

    /**
     * The case first, then its sections side by side: a case the user may not see stops the page before any other
     * call is made (each would only be refused, and audited as such), and the sections cost one round trip, not six.
     */
    CaseFile load(UUID id) {
        ParallelCalls.Pending<List<Queue>> queues = parallel.start(CaseDirectory.SERVICE, directory::queues);
        CaseRecord kase = current(id);
        ParallelCalls.Pending<List<Note>> notes = parallel.start(CaseDirectory.SERVICE,
                () -> investigation.notes(id).items());
        ParallelCalls.Pending<List<Task>> tasks = parallel.start(CaseDirectory.SERVICE,
                () -> investigation.tasks(id).items());
        ParallelCalls.Pending<List<Evidence>> evidence = parallel.start(CaseDirectory.SERVICE,
                () -> investigation.evidence(id).items());
        ParallelCalls.Pending<List<LinkedCase>> links = parallel.start(CaseDirectory.SERVICE,
                () -> investigation.links(id).items());
        ParallelCalls.Pending<List<AccountGroup>> groups = parallel.start(CaseDirectory.SERVICE,
                () -> investigation.accountGroups(id).items());
        ParallelCalls.Pending<TimelineEntry.Page> timeline = parallel.start(CaseDirectory.SERVICE,
                () -> cases.timeline(id, TIMELINE_PAGE, null));

        Map<String, String> problems = new LinkedHashMap<>();
        String queueName = kase.queueId() == null ? null : queues.answer().orElse(List.of()).stream()
                .filter(q -> q.id().equals(kase.queueId())).map(Queue::name).findFirst().orElse(null);
        List<CaseFile.RenderedNote> rendered = section(problems, "notes", notes, List.<Note>of()).stream()
                .map(n -> new CaseFile.RenderedNote(n, markdown.html(n.body()))).toList();
        return new CaseFile(kase, queueName, SlaView.of(kase.sla(), kase.isOpen(), clock.instant()), rendered,
                section(problems, "tasks", tasks, List.of()), section(problems, "evidence", evidence, List.of()),
                section(problems, "links", links, List.of()), section(problems, "groups", groups, List.of()),
                section(problems, "timeline", timeline, new TimelineEntry.Page(List.of(), null)),
                Map.copyOf(problems));
    }

    private static <T> T section(Map<String, String> problems, String name, ParallelCalls.Pending<T> call, T empty) {
        Answer<T> answer = call.answer();
        if (!answer.ok()) {
            problems.put(name, answer.failure().message());
            return empty;
        }
        return Objects.requireNonNullElse(answer.value(), empty);
    }
}
