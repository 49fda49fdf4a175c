package vn.policykg.bench;

import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import vn.policykg.store.OpenedGeneration;
import vn.policykg.store.StoreLayout;

/**
 * The yardstick of scripts/overhead-benchmark.sh: a plain Fuseki server (jena-fuseki-main, no Spring,
 * none of our filters or limits) serving the current generation of a store directory, TDB2 and text
 * index as the service opens them, query only, on loopback.
 * {@code java -cp … vn.policykg.bench.BareFuseki <store-dir> <port>}
 */
public final class BareFuseki {

    private BareFuseki() {}

    public static void main(String[] args) {
        StoreLayout layout = new StoreLayout(Path.of(args[0]));
        OpenedGeneration gen = OpenedGeneration.open(layout.current()
                .orElseThrow(() -> new IllegalStateException("No complete store generation in " + layout.root())));
        FusekiServer server = FusekiServer.create()
                .port(Integer.parseInt(args[1]))
                .loopback(true)
                .add("/sparql", gen.dataset().asDatasetGraph(), false)
                .build();
        server.start();
        System.out.println(
                "Bare Fuseki serving " + gen.generation().id() + " at http://127.0.0.1:" + args[1] + "/sparql");
        server.join();
    }
}
