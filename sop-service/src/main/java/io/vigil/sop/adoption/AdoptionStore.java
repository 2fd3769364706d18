package io.vigil.sop.adoption;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.vigil.sop.Sop;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Acknowledgements, and the audience rosters (plain rows, no entity: a roster is a set of names). */
@ApplicationScoped
public class AdoptionStore implements PanacheRepositoryBase<Acknowledgement, UUID> {

    public Optional<Acknowledgement> find(Sop sop, int version, String username) {
        return find("sopId = ?1 and sopVersion = ?2 and username = ?3", sop.id(), version, username)
                .firstResultOptional();
    }

    public List<Acknowledgement> of(Sop sop, int version) {
        return list("sopId = ?1 and sopVersion = ?2 order by username", sop.id(), version);
    }

    @SuppressWarnings("unchecked")
    public List<String> members(Collection<String> audiences) {
        return getEntityManager().createNativeQuery("SELECT DISTINCT username FROM audience_member"
                + " WHERE audience IN (:audiences) ORDER BY username").setParameter("audiences", audiences)
                .getResultList();
    }

    public void replaceRoster(String audience, Collection<String> members) {
        getEntityManager().createNativeQuery("DELETE FROM audience_member WHERE audience = :a")
                .setParameter("a", audience).executeUpdate();
        members.forEach(m -> getEntityManager()
                .createNativeQuery("INSERT INTO audience_member (audience, username) VALUES (:a, :u)")
                .setParameter("a", audience).setParameter("u", m).executeUpdate());
    }
}
