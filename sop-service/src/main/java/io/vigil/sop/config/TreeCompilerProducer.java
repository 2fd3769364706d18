package io.vigil.sop.config;

import io.vigil.sop.outline.OutlineCompiler;
import io.vigil.sop.tree.CelLimits;
import io.vigil.sop.tree.ConditionCompiler;
import io.vigil.sop.tree.TreeCompiler;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Builds the plain-Java tree compiler from configuration, so the tree package stays free of CDI. */
public class TreeCompilerProducer {

    @Produces
    @Singleton
    TreeCompiler treeCompiler(SopConfig config) {
        SopConfig.Cel cel = config.cel();
        return new TreeCompiler(new ConditionCompiler(new CelLimits(cel.maxExpressionLength(), cel.maxSteps(),
                cel.maxWalkSteps(), cel.timeoutMillis() * 1_000_000L)));
    }

    @Produces
    @Singleton
    OutlineCompiler outlineCompiler(TreeCompiler trees) {
        return new OutlineCompiler(trees);
    }
}
