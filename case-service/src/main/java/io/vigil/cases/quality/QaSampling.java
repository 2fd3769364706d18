package io.vigil.cases.quality;

import io.vigil.audit.client.AuditLog;
import io.vigil.cases.timeline.Timeline;
import io.vigil.kit.id.IdGenerator;
import io.vigil.kit.problem.InvalidRequestException;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Leads draw resolved cases into the QA queue, at random or stratified by queue and investigator. */
@ApplicationScoped
public class QaSampling {

    static final Duration LONGEST_PERIOD = Duration.ofDays(366);

    private final SamplePopulation population;
    private final QaReviewRepository reviews;
    private final SampleSeeds seeds;
    private final Timeline timeline;
    private final AuditLog audit;
    private final QualityConfig config;
    private final IdGenerator ids;
    private final Clock clock;

    QaSampling(SamplePopulation population, QaReviewRepository reviews, SampleSeeds seeds, Timeline timeline,
            AuditLog audit, QualityConfig config, IdGenerator ids, Clock clock) {
        this.population = population;
        this.reviews = reviews;
        this.seeds = seeds;
        this.timeline = timeline;
        this.audit = audit;
        this.config = config;
        this.ids = ids;
        this.clock = clock;
    }

    /** Draws the sample and queues its reviews; refusals here are all bad input (400), so none is audited. */
    @Transactional
    public DrawnSample draw(SampleRequest request, Caller caller) {
        check(request, caller);
        List<Candidate> pool = population(request, caller);
        long seed = request.seed().orElseGet(seeds::next);
        List<Candidate> drawn = Sampler.draw(pool, request.plan(), seed);
        if (drawn.size() > config.maxSample()) {
            throw new InvalidRequestException(request.plan().size().isPresent() ? "size" : "rate", "would draw "
                    + drawn.size() + " cases, more than " + config.maxSample() + "; ask for fewer");
        }
        QaSample sample = new QaSample(ids.next(), request, request.plan(), seed, pool.size(), drawn.size(),
                caller.username(), clock.instant());
        reviews.getEntityManager().persist(sample);
        List<QaReview> queued = drawn.stream().map(candidate -> queue(sample, candidate, caller)).toList();
        Set<String> regions = new TreeSet<>(request.region().map(Set::of).orElse(caller.regions()));
        audit.event("quality.sample").target("qa-sample", sample.id().toString(), null)
                .region(String.join(",", regions))
                .reason(request.plan().strategy().name().toLowerCase(), "seed " + seed)
                .change("picked", null, Integer.toString(drawn.size())).record();
        return new DrawnSample(sample, queued);
    }

    /** The candidates, taken under the sampling lock so a concurrent draw cannot take the same cases. */
    private List<Candidate> population(SampleRequest request, Caller caller) {
        population.lock();
        List<Candidate> pool = population.of(request, caller.regions(), config.maxPopulation() + 1);
        if (pool.size() > config.maxPopulation()) {
            throw new InvalidRequestException("from", "more than " + config.maxPopulation()
                    + " resolved cases match; narrow the period or filter by region, queue or investigator");
        }
        return pool;
    }

    private QaReview queue(QaSample sample, Candidate candidate, Caller caller) {
        QaReview review = new QaReview(ids.next(), sample.id(), candidate, sample.createdAt());
        reviews.persist(review);
        timeline.record(candidate.caseId(), "quality", caller.username(), "Sampled for quality review");
        return review;
    }

    private static void check(SampleRequest request, Caller caller) {
        if (!request.from().isBefore(request.to())
                || Duration.between(request.from(), request.to()).compareTo(LONGEST_PERIOD) > 0) {
            throw new InvalidRequestException("from", "must be before to, at most 366 days earlier");
        }
        request.region().filter(r -> !caller.maySee(r)).ifPresent(r -> {
            throw new InvalidRequestException("region", "must be one of your regions");
        });
    }
}
