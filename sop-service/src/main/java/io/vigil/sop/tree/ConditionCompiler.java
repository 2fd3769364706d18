package io.vigil.sop.tree;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Compiles a tree's CEL conditions against its declared facts. No macros are enabled, so expressions
 * cannot loop: their cost is bounded by their length, and the step and time budget guards the rest.
 */
public final class ConditionCompiler {

    private final CelLimits limits;

    public ConditionCompiler(CelLimits limits) {
        this.limits = limits;
    }

    public CelLimits limits() {
        return limits;
    }

    /** A compiled environment for one tree's facts. */
    public Environment environment(Map<String, FactType> facts) {
        var builder = CelFactory.standardCelBuilder()
                .setOptions(CelOptions.current().maxExpressionCodePointSize(limits.maxExpressionLength())
                        .maxParseRecursionDepth(32).maxRegexProgramSize(100).build())
                .setResultType(SimpleType.BOOL);
        facts.forEach((name, type) -> builder.addVar(name, type.celType()));
        return new Environment(builder.build(), facts);
    }

    /** One tree's compiler and runtime. */
    public final class Environment {

        private final Cel cel;
        private final Map<String, FactType> facts;

        private Environment(Cel cel, Map<String, FactType> facts) {
            this.cel = cel;
            this.facts = facts;
        }

        /** The compiled program, or the compiler's first complaint in an author's words. */
        public CompiledCondition compile(String expression) throws InvalidConditionException {
            try {
                CelRuntime.Program program = cel.createProgram(cel.compile(expression).getAst());
                return new CompiledCondition(expression, program, referenced(expression));
            } catch (CelValidationException e) {
                String issue = e.getErrors().isEmpty() ? e.getMessage() : e.getErrors().get(0).getMessage();
                throw new InvalidConditionException("does not compile: " + issue);
            } catch (CelEvaluationException e) {
                throw new InvalidConditionException("cannot run: " + e.getMessage());
            }
        }

        private java.util.List<String> referenced(String expression) {
            return facts.keySet().stream().filter(name -> Pattern.compile("(?<![\\w.])" + Pattern.quote(name)
                    + "(?![\\w])").matcher(expression).find()).toList();
        }
    }

    /** A condition that is not valid CEL over the declared facts. */
    public static final class InvalidConditionException extends Exception {

        InvalidConditionException(String message) {
            super(message, null, false, false);
        }
    }
}
