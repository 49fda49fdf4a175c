package vn.policykg.web;

import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service started on an empty store directory, so the first start builds the store from data/. Every
 * subclass inherits the same configuration, so Spring's context cache starts the service once per JVM.
 */
public abstract class WebTest extends ServiceTest {

    protected static final Path STORE = temporaryStore("policykg-web-store-");

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("policykg.store-dir", STORE::toString);
    }
}
