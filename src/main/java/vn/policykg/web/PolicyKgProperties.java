package vn.policykg.web;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.policykg.build.BuildInputs;

/**
 * Service configuration ({@code policykg.*} in application.properties, or -D / environment).
 *
 * @param baseIri   base of every data IRI; must end with '/'
 * @param dataDir   the curated inputs: manifest.ttl and sources/
 * @param storeDir  where store generations (TDB2 + text index) are kept
 * @param corpusDirs  comma-separated folders whose every supported file (PDF, DOCX, HTML, text, Markdown)
 *                    joins the graph, read recursively, with metadata read from each file
 * @param responseCacheBytes  the most bytes of GET answers kept in memory for replay within a generation
 *                            ({@link GenerationCacheFilter}); 0 keeps none (ETags and 304s still work)
 */
@ConfigurationProperties(prefix = "policykg")
public record PolicyKgProperties(
        @DefaultValue("http://localhost:8080/") String baseIri,
        @DefaultValue("data") Path dataDir,
        @DefaultValue("var/store") Path storeDir,
        @DefaultValue("") String corpusDirs,
        @DefaultValue("67108864") long responseCacheBytes) {

    /** What a build from these settings reads. */
    public BuildInputs buildInputs() {
        return new BuildInputs(dataDir, baseIri, BuildInputs.corpusDirs(corpusDirs));
    }
}
