package io.vigil.console.cases;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vigil.console.outbound.ServiceCall;
import io.vigil.console.outbound.CallFailure;
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
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Loads and renders the case page. The case itself must load (else {@link CallFailure} reaches
 * {@link CasePageErrors}); each other section is fetched on its own and may fail alone.
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

    public CaseFileView(@RestClient CaseServiceClient cases, @RestClient InvestigationClient investigation,
            CaseDirectory directory, Markdown markdown, MediaPreference preference, Caller caller,
            HttpHeaders headers, Clock clock) {
        this.cases = cases;
        this.investigation = investigation;
        this.directory = directory;
        this.markdown = markdown;
        this.preference = preference;
        this.caller = caller;
        this.headers = headers;
        this.clock = clock;
    }

    public TemplateInstance render(UUID id, Feedback feedback) {
        CaseFile file = load(id);
        return Templates.detail(Viewer.of(caller), file, feedback, StatusAction.from(file.kase().status()),
                mediaDisplay());
    }

    /** The case's current version, for the If-Match of a command; throws {@link CallFailure}. */
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

    CaseFile load(UUID id) {
        CaseRecord kase = current(id);
        Map<String, String> problems = new LinkedHashMap<>();
        String queueName = kase.queueId() == null ? null : directory.queuesIfAvailable().stream()
                .filter(q -> q.id().equals(kase.queueId())).map(Queue::name).findFirst().orElse(null);
        List<CaseFile.RenderedNote> notes = section(problems, "notes", () -> investigation.notes(id).items()
                .stream().map(n -> new CaseFile.RenderedNote(n, markdown.html(n.body()))).toList(), List.of());
        List<Task> tasks = section(problems, "tasks", () -> investigation.tasks(id).items(), List.of());
        List<Evidence> evidence = section(problems, "evidence", () -> investigation.evidence(id).items(),
                List.of());
        List<LinkedCase> links = section(problems, "links", () -> investigation.links(id).items(), List.of());
        List<AccountGroup> groups = section(problems, "groups", () -> investigation.accountGroups(id).items(),
                List.of());
        TimelineEntry.Page timeline = section(problems, "timeline", () -> cases.timeline(id, TIMELINE_PAGE, null),
                new TimelineEntry.Page(List.of(), null));
        return new CaseFile(kase, queueName, SlaView.of(kase.sla(), kase.isOpen(), clock.instant()), notes, tasks,
                evidence, links, groups, timeline, Map.copyOf(problems));
    }

    private static <T> T section(Map<String, String> problems, String name, Supplier<T> call, T empty) {
        try {
            return Objects.requireNonNull(ServiceCall.of(CaseDirectory.SERVICE, call::get));
        } catch (CallFailure e) {
            problems.put(name, e.problem().message());
            return empty;
        }
    }
}
