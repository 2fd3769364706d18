package io.vigil.sop.evaluation;

import io.vigil.sop.SopVersion;
import io.vigil.sop.VersionContentCheck;
import io.vigil.sop.VersionStatus;
import io.vigil.sop.tree.CompiledTree;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiled trees: compiling CEL costs far more than evaluating it. Any version is kept by its row version (its
 * content only changes while it is a draft, which bumps the row version); an approved, published or retired
 * version can never change again, so it is also kept by SOP key and number, and found without reading it.
 */
@ApplicationScoped
public class CompiledTrees {

    private static final int MAX_ENTRIES = 1000;
    /** A rejected version can be reopened and revised; from approval on, content is final. */
    private static final Set<VersionStatus> SETTLED = EnumSet.of(VersionStatus.APPROVED, VersionStatus.PUBLISHED,
            VersionStatus.RETIRED);

    private final VersionContentCheck check;
    private final Map<String, CompiledTree> byRowVersion = new ConcurrentHashMap<>();
    private final Map<String, CompiledVersion> settled = new ConcurrentHashMap<>();

    public CompiledTrees(VersionContentCheck check) {
        this.check = check;
    }

    public CompiledTree of(SopVersion version) {
        return bounded(byRowVersion).computeIfAbsent(version.id() + ":" + version.version(),
                k -> check.validate(version.content()));
    }

    /** The version compiled, remembered by key and number once its content is final. */
    public CompiledVersion of(String key, SopVersion version) {
        CompiledVersion compiled = new CompiledVersion(version.number(), of(version));
        if (SETTLED.contains(version.status())) {
            bounded(settled).put(key + "/" + version.number(), compiled);
        }
        return compiled;
    }

    /** A version whose content is final and which this replica has compiled before. */
    public Optional<CompiledVersion> findSettled(String key, int number) {
        return Optional.ofNullable(settled.get(key + "/" + number));
    }

    private static <V> Map<String, V> bounded(Map<String, V> cache) {
        if (cache.size() > MAX_ENTRIES) {
            cache.clear();
        }
        return cache;
    }
}
