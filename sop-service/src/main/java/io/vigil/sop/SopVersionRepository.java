package io.vigil.sop;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Versions of one SOP, by number. */
@ApplicationScoped
public class SopVersionRepository implements PanacheRepositoryBase<SopVersion, UUID> {

    public Optional<SopVersion> findByNumber(Sop sop, int number) {
        return find("sopId = ?1 and number = ?2", sop.id(), number).firstResultOptional();
    }

    public SopVersion getByNumber(Sop sop, int number) {
        return findByNumber(sop, number).orElseThrow(() -> new VersionNotFoundException(sop.key(), number));
    }

    /** Flushes so a concurrent change surfaces here as a 412, and the returned version carries its new ETag. */
    public SopVersion flushed(SopVersion version) {
        try {
            flush();
        } catch (OptimisticLockException raced) {
            throw new ConcurrentChangeException(version.number());
        }
        return version;
    }

    public int nextNumber(Sop sop) {
        Integer highest = getEntityManager()
                .createQuery("select max(v.number) from SopVersion v where v.sopId = :sop", Integer.class)
                .setParameter("sop", sop.id()).getSingleResult();
        return highest == null ? 1 : highest + 1;
    }

    public Optional<SopVersion> findPublished(Sop sop) {
        return find("sopId = ?1 and status = ?2", sop.id(), VersionStatus.PUBLISHED).firstResultOptional();
    }

    /**
     * The version in effect at an instant: published (or since retired) with its effective window around
     * that instant. Resolving at read time makes scheduled publishing exact without a scheduler.
     */
    public Optional<SopVersion> findInEffect(Sop sop, Instant at) {
        return find("from SopVersion v where v.sopId = :sop and v.status in :statuses"
                + " and v.effectiveFrom <= :at and (v.retiredAt is null or v.retiredAt > :at)"
                + " order by v.effectiveFrom desc",
                Parameters.with("sop", sop.id()).and("at", at)
                        .and("statuses", List.of(VersionStatus.PUBLISHED, VersionStatus.RETIRED)))
                .firstResultOptional();
    }

    /**
     * The version in effect at an instant among the SOPs of one domain and category; when several SOPs cover
     * the same area, the one that took effect most recently.
     */
    public Optional<SopVersion> findInEffectFor(String domain, String category, Instant at) {
        return find("from SopVersion v where v.sopId in (select s.id from Sop s where s.domain = :domain"
                + " and s.category = :category) and v.status in :statuses"
                + " and v.effectiveFrom <= :at and (v.retiredAt is null or v.retiredAt > :at)"
                + " order by v.effectiveFrom desc, v.sopId",
                Parameters.with("domain", domain).and("category", category).and("at", at)
                        .and("statuses", List.of(VersionStatus.PUBLISHED, VersionStatus.RETIRED)))
                .firstResultOptional();
    }

    /**
     * Every version whose effective window has not ended at {@code at}: the one in effect and any scheduled to
     * follow it, so the versions in effect over the next moments can be resolved without asking again.
     */
    public List<SopVersion> listEffectiveFrom(Sop sop, Instant at) {
        return list("from SopVersion v where v.sopId = :sop and v.status in :statuses and v.effectiveFrom is not null"
                + " and (v.retiredAt is null or v.retiredAt > :at) order by v.effectiveFrom desc",
                Parameters.with("sop", sop.id()).and("at", at)
                        .and("statuses", List.of(VersionStatus.PUBLISHED, VersionStatus.RETIRED)));
    }

    public List<SopVersion> listAfter(Sop sop, Optional<Integer> afterNumber, int limit) {
        return find("from SopVersion v where v.sopId = :sop and v.number > :after order by v.number",
                Parameters.with("sop", sop.id()).and("after", afterNumber.orElse(0)))
                .page(0, limit).list();
    }
}
