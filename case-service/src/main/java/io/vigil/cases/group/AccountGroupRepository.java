package io.vigil.cases.group;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Account groups, read within the caller's regions, and which cases reference them. */
@ApplicationScoped
public class AccountGroupRepository implements PanacheRepositoryBase<AccountGroup, UUID> {

    public Optional<AccountGroup> findVisible(UUID id, Set<String> regions) {
        return find("id = :id and region in :regions", Parameters.with("id", id).and("regions", regions))
                .firstResultOptional();
    }

    /** Groups in the regions, newest first; with a subject ref, only groups holding it. */
    public List<AccountGroup> listVisible(Set<String> regions, Optional<String> subjectRef, int limit) {
        String where = subjectRef.isPresent() ? " and exists (select 1 from AccountGroup g join g.members m"
                + " where g.id = a.id and m.ref = :ref)" : "";
        Parameters params = Parameters.with("regions", regions);
        subjectRef.ifPresent(ref -> params.and("ref", ref));
        return find("select a from AccountGroup a where a.region in :regions" + where + " order by a.id desc", params)
                .page(0, limit).list();
    }

    public boolean attach(UUID caseId, UUID groupId) {
        return getEntityManager().createNativeQuery("insert into case_account_group (case_id, group_id)"
                + " values (:c, :g) on conflict do nothing").setParameter("c", caseId).setParameter("g", groupId)
                .executeUpdate() == 1;
    }

    public boolean detach(UUID caseId, UUID groupId) {
        return getEntityManager().createNativeQuery("delete from case_account_group where case_id = :c"
                + " and group_id = :g").setParameter("c", caseId).setParameter("g", groupId).executeUpdate() == 1;
    }

    public List<UUID> groupsOf(UUID caseId) {
        return ids("select group_id from case_account_group where case_id = :id order by group_id", caseId);
    }

    public List<UUID> casesOf(UUID groupId) {
        return ids("select case_id from case_account_group where group_id = :id order by case_id", groupId);
    }

    private List<UUID> ids(String sql, UUID id) {
        List<?> rows = getEntityManager().createNativeQuery(sql).setParameter("id", id).getResultList();
        return rows.stream().map(UUID.class::cast).toList();
    }
}
