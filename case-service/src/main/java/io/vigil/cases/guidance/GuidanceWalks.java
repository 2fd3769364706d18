package io.vigil.cases.guidance;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Walks by case: a case has at most one. */
@ApplicationScoped
public class GuidanceWalks implements PanacheRepositoryBase<GuidanceWalk, UUID> {
}
