package io.vigil.e2e.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the stack once for every test class of the run and stops it when the run ends (JUnit closes
 * root-store resources last; a JVM shutdown hook covers an aborted run). Tests receive the {@link Stack} as a
 * parameter.
 */
public final class VigilStack implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(VigilStack.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        started(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Stack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return started(context);
    }

    private static Stack started(ExtensionContext context) {
        Startup startup = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Startup.class, key -> Startup.attempt(), Startup.class);
        return startup.stack();
    }

    /** Remembers a failed start too, so the other test classes fail fast instead of starting it again. */
    private record Startup(Stack running, RuntimeException failure)
            implements ExtensionContext.Store.CloseableResource {

        static Startup attempt() {
            try {
                return new Startup(Stack.start(StackLayout.fromSystemProperties()), null);
            } catch (RuntimeException e) {
                return new Startup(null, e);
            }
        }

        Stack stack() {
            if (failure != null) {
                throw new IllegalStateException("the e2e stack did not start", failure);
            }
            return running;
        }

        @Override
        public void close() {
            if (running != null) {
                running.close();
            }
        }
    }
}
