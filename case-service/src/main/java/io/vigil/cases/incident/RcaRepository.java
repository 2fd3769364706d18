package io.vigil.cases.incident;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** RCA versions by incident and number. */
@ApplicationScoped
public class RcaRepository implements PanacheRepositoryBase<RcaReport, RcaReport.Key> {

    public boolean existsFor(UUID incidentId) {
        return count("incidentId", incidentId) > 0;
    }

    /** The highest saved number, 0 when no version exists yet. */
    public int latestNumber(UUID incidentId) {
        Number latest = (Number) getEntityManager()
                .createQuery("select max(r.number) from RcaReport r where r.incidentId = :i")
                .setParameter("i", incidentId).getSingleResult();
        return latest == null ? 0 : latest.intValue();
    }

    public Optional<RcaReport> findVersion(UUID incidentId, int number) {
        return findByIdOptional(new RcaReport.Key(incidentId, number));
    }

    /** Versions newest first, below {@code before}. */
    public List<RcaReport> page(UUID incidentId, int before, int limit) {
        return find("incidentId = ?1 and number < ?2 order by number desc", incidentId, before).page(0, limit).list();
    }
}
