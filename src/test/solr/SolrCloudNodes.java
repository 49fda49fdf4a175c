import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * A SolrCloud cluster for the tests, run by the java source launcher in a JVM of its own (see pom.xml here):
 * {@code java -cp <solr class path>:<policy-kg classes> SolrCloudNodes.java <nodes> <configset dir> <name>}.
 * Starts ZooKeeper and the nodes with the configset uploaded under {@code name}; says {@code NODE i url} for
 * each node, then {@code READY}; then obeys one command a line on stdin ({@code stop i}, {@code start i}),
 * answering {@code OK} or {@code ERROR message}, and shuts down at the end of stdin. What it says is written
 * to stdout after "solrcloud: ", which sets it apart from anything else written there.
 */
public class SolrCloudNodes {

    public static void main(String[] args) throws Exception {
        int nodes = Integer.parseInt(args[0]);
        Path base = Files.createTempDirectory("policykg-solr-");
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(nodes, base)
                .addConfig(args[2], Path.of(args[1]))
                .build();
        try {
            for (int i = 0; i < nodes; i++) say("NODE " + i + " " + cluster.getJettySolrRunner(i).getBaseUrl());
            say("READY");
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line; (line = in.readLine()) != null; ) {
                String[] command = line.strip().split("\\s+");
                try {
                    int node = Integer.parseInt(command[1]);
                    switch (command[0]) {
                        case "stop" -> cluster.getJettySolrRunner(node).stop();
                        case "start" -> cluster.getJettySolrRunner(node).start();
                        default -> throw new IllegalArgumentException("unknown command " + command[0]);
                    }
                    say("OK");
                } catch (Exception e) {
                    say("ERROR " + e);
                }
            }
        } finally {
            cluster.shutdown();
            try (var walk = Files.walk(base)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    private static void say(String line) {
        System.out.println("solrcloud: " + line);
        System.out.flush();
    }
}
