package io.vigil.sop.evaluation;

import io.vigil.sop.SopVersion;
import io.vigil.sop.VersionContentCheck;
import io.vigil.sop.tree.CompiledTree;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiled trees by version and row version: compiling CEL costs far more than evaluating it, and a
 * version's content only changes while it is a draft (which bumps its row version).
 */
@ApplicationScoped
public class CompiledTrees {

    private static final int MAX_ENTRIES = 1000;

    private final VersionContentCheck check;
    private final Map<String, CompiledTree> cache = new ConcurrentHashMap<>();

    public CompiledTrees(VersionContentCheck check) {
        this.check = check;
    }

    public CompiledTree of(SopVersion version) {
        if (cache.size() > MAX_ENTRIES) {
            cache.clear();
        }
        return cache.computeIfAbsent(version.id() + ":" + version.version(), k -> check.validate(version.content()));
    }
}
