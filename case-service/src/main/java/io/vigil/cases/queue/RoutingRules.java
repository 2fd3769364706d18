package io.vigil.cases.queue;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Routing rules in the order they are tried. */
@ApplicationScoped
public class RoutingRules implements PanacheRepositoryBase<RoutingRule, UUID> {

    public List<RoutingRule> ranked() {
        return list("order by rank, id");
    }
}
