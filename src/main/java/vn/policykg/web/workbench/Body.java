package vn.policykg.web.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ResourceFactory;
import vn.policykg.store.LiveStore;
import vn.policykg.vocab.Vocab;

/** A body named by a task or target in a role: lead, coordinating or directing. */
public record Body(String role, String iri, String label) {

    private static final String BODIES = Vocab.SPARQL_PREFIXES + """
        SELECT ?fact ?role ?body ?label WHERE {
          ?fact a ?type ; ?property ?body .
          VALUES (?property ?role) { (vnp:lead "lead") (vnp:coordinating "coordinating") (vnp:directing "directing") }
          ?body skos:prefLabel ?label FILTER(lang(?label) = "vi")
        } ORDER BY ?fact ?role ?label""";

    /** The bodies of every fact of class {@code type}, by the fact's IRI. */
    static Map<String, List<Body>> byFact(LiveStore store, String type) {
        Map<String, List<Body>> out = new LinkedHashMap<>();
        for (QuerySolution s : store.select(BODIES, Map.of("type", ResourceFactory.createResource(type))))
            out.computeIfAbsent(s.getResource("fact").getURI(), k -> new ArrayList<>())
                    .add(new Body(
                            s.getLiteral("role").getString(),
                            s.getResource("body").getURI(),
                            s.getLiteral("label").getString()));
        return out;
    }

    static List<Body> inRole(List<Body> bodies, String role) {
        return bodies.stream().filter(b -> b.role().equals(role)).toList();
    }
}
