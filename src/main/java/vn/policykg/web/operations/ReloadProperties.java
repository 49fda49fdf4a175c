package vn.policykg.web.operations;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code policykg.reload.token}: the bearer token of {@code POST /admin/reload}. Empty (the default)
 * turns the endpoint off: it then answers 404 like any address that does not exist.
 */
@ConfigurationProperties(prefix = "policykg.reload")
public record ReloadProperties(@DefaultValue("") String token) {

    public boolean enabled() {
        return token != null && !token.isBlank();
    }
}
