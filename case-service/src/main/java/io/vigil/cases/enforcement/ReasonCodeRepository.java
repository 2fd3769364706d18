package io.vigil.cases.enforcement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The reason-code catalogue, ordered by code. */
@ApplicationScoped
public class ReasonCodeRepository implements PanacheRepositoryBase<ReasonCode, String> {

    /** A keyset page after {@code after}; with a domain, the codes of that domain and those of every domain. */
    public List<ReasonCode> page(Optional<String> domain, Optional<Boolean> active, Optional<String> after,
            int limit) {
        StringBuilder where = new StringBuilder("code > :after");
        Parameters params = Parameters.with("after", after.orElse(""));
        domain.ifPresent(d -> {
            where.append(" and (domain = :domain or domain is null)");
            params.and("domain", d);
        });
        active.ifPresent(a -> {
            where.append(" and active = :active");
            params.and("active", a);
        });
        return find(where + " order by code", params).page(0, limit).list();
    }

    public boolean inUse(String code) {
        return getEntityManager().createQuery("select count(a) from EnforcementAction a where a.reasonCode = :code",
                Long.class).setParameter("code", code).getSingleResult() > 0;
    }
}
