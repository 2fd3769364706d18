package io.vigil.cases.quality;

import io.vigil.audit.client.AuditLog;
import io.vigil.cases.Case;
import io.vigil.cases.CaseAudit;
import io.vigil.cases.CaseRepository;
import io.vigil.cases.Keyset;
import io.vigil.cases.timeline.Timeline;
import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
import io.vigil.kit.problem.ActionForbiddenException;
import io.vigil.kit.problem.ProblemException;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/** The QA queue: leads list and read sampled cases and score them; nobody reviews a case they worked. */
@ApplicationScoped
public class QaReviews {

    private final QaReviewRepository reviews;
    private final CaseRepository cases;
    private final Timeline timeline;
    private final CaseAudit caseAudit;
    private final AuditLog audit;
    private final Rubric rubric;
    private final Clock clock;

    QaReviews(QaReviewRepository reviews, CaseRepository cases, Timeline timeline, CaseAudit caseAudit,
            AuditLog audit, QualityConfig config, Clock clock) {
        this.reviews = reviews;
        this.cases = cases;
        this.timeline = timeline;
        this.caseAudit = caseAudit;
        this.audit = audit;
        this.rubric = Rubric.of(config);
        this.clock = clock;
    }

    public Rubric rubric() {
        return rubric;
    }

    public QaReview get(UUID id, Caller caller) {
        return reviews.findVisible(id, caller.regions()).orElseThrow(() -> new QaReviewNotFoundException("Review", id));
    }

    public Page<QaReview> list(QaReviewFilter filter, PageRequest page, Caller caller) {
        if (caller.regions().isEmpty()) {
            return new Page<>(List.of(), null);
        }
        return Keyset.page(reviews.listVisible(filter, caller.regions(), Keyset.after(page), page.limit() + 1), page,
                QaReview::id);
    }

    /**
     * The finished reviews of the cases the caller worked, oldest first: how investigators learn their scores
     * and the reviewer's feedback. Region scoping holds as for every other read.
     */
    public Page<QaReview> ofMyCases(PageRequest page, Caller caller) {
        return list(new QaReviewFilter(Optional.of(QaReviewStatus.DONE), Optional.of(caller.username()),
                Optional.empty(), Optional.empty()), page, caller);
    }

    /** A sample with the reviews the caller may see; one with none of those is not found, unless the caller drew it. */
    public DrawnSample sample(UUID id, Caller caller) {
        List<QaReview> visible = caller.regions().isEmpty() ? List.of()
                : reviews.list("sampleId = ?1 and region in ?2 order by id", id, caller.regions());
        QaSample sample = reviews.findSample(id)
                .filter(s -> !visible.isEmpty() || s.createdBy().equals(caller.username()))
                .orElseThrow(() -> new QaReviewNotFoundException("Sample", id));
        return new DrawnSample(sample, visible);
    }

    @Transactional
    public QaReview score(UUID id, Scoring scoring, OptionalLong ifMatch, Caller caller) {
        QaReview review = reviews.findVisible(id, caller.regions()).orElseThrow(() -> {
            denied(id, null, "not-found", "no such review in the caller's regions");
            return new QaReviewNotFoundException("Review", id);
        });
        Rubric.Scored scored = rubric.score(scoring.scores());
        boolean pass = rubric.passes(scored, scoring.agreement());
        try {
            if (review.investigator().equals(caller.username())) {
                throw new ActionForbiddenException("own-case-review", "You worked this case; another lead reviews it");
            }
            review.requireVersion(ifMatch);
            review.record(caller.username(), scored, scoring.agreement(), pass, scoring.comment(), clock.instant());
        } catch (ProblemException refused) {
            denied(id, review.region(), refused.slug(), refused.getMessage());
            throw refused;
        }
        reviews.flush();
        Case kase = cases.findById(review.caseId());
        timeline.record(kase.id(), "quality", caller.username(), "Quality review: " + (pass ? "pass" : "fail") + " ("
                + scored.total() + "/" + scored.max() + ", " + (scoring.agreement() == OutcomeAgreement.AGREE
                        ? "agrees with" : "disagrees with") + " the outcome)");
        caseAudit.about("case.qa-review", kase).reason(scoring.agreement().toString(), null)
                .change("qaResult", null, pass ? "pass" : "fail")
                .change("qaScore", null, scored.total() + "/" + scored.max()).record();
        return review;
    }

    private void denied(UUID id, String region, String code, String text) {
        audit.event("quality.review").denied(code).target("qa-review", id.toString(), null).region(region)
                .reason(code, text).recordSeparately();
    }
}
