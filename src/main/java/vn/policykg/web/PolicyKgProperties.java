package vn.policykg.web;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Service configuration ({@code policykg.*} in application.properties, or -D / environment).
 *
 * @param baseIri   base of every data IRI; must end with '/'
 * @param dataDir   the curated inputs: manifest.ttl and sources/
 * @param storeDir  where store generations (TDB2 + text index) are kept
 */
@ConfigurationProperties(prefix = "policykg")
public record PolicyKgProperties(
    @DefaultValue("http://localhost:8080/") String baseIri,
    @DefaultValue("data") Path dataDir,
    @DefaultValue("var/store") Path storeDir) {}
