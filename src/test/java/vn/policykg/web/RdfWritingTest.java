package vn.policykg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.policykg.store.BuiltStore;
import vn.policykg.store.LiveStore;
import vn.policykg.store.OpenedGeneration;
import vn.policykg.store.SeedGeneration;

@ExtendWith(SeedGeneration.class)
class RdfWritingTest {

    private static final String CLAUSE =
            BuiltStore.BASE + "eli/vn-lao-cai/ctr/undated/unnumbered-tu-42-nq-tw-2026-2030/sec_III__para_1.5";

    @Test
    void jsonLdIsWhatJenaWritesAndTheThreadKeepsItsContextLoader(OpenedGeneration seeds) {
        LiveStore store = new LiveStore();
        store.swap(seeds);
        Model clause =
                store.graph("DESCRIBE ?clause WHERE {}", Map.of("clause", ResourceFactory.createResource(CLAUSE)));
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        for (RDFFormat format :
                new RDFFormat[] {RDFFormat.JSONLD11_PLAIN, RDFFormat.JSONLD11, RDFFormat.TURTLE_PRETTY}) {
            ByteArrayOutputStream plain = new ByteArrayOutputStream();
            RDFDataMgr.write(plain, clause, format);
            String ours = new String(RdfWriting.bytes(clause, format), StandardCharsets.UTF_8);
            assertThat(ours)
                    .isEqualTo(plain.toString(StandardCharsets.UTF_8))
                    .contains("Hoàn thành xong trước ngày 30/8/2026.");
            assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(before);
        }
    }
}
