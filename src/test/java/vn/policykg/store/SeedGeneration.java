package vn.policykg.store;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The seed store's current generation ({@link BuiltStore}), opened for a test class and closed after it:
 * annotate the class with {@code @ExtendWith(SeedGeneration.class)} and take an {@link OpenedGeneration}
 * parameter, in a {@code @BeforeAll} method typically. Every parameter of one class gets the same one.
 */
public final class SeedGeneration implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SeedGeneration.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == OpenedGeneration.class;
    }

    @Override
    public OpenedGeneration resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // Kept in the class's store, so JUnit closes it (it is AutoCloseable) when the class is done.
        ExtensionContext classContext =
                context.getTestClass().isPresent() && context.getTestMethod().isPresent()
                        ? context.getParent().orElse(context)
                        : context;
        return classContext
                .getStore(NAMESPACE)
                .computeIfAbsent(
                        OpenedGeneration.class,
                        k -> OpenedGeneration.open(BuiltStore.layout().current().orElseThrow()),
                        OpenedGeneration.class);
    }
}
