package vn.policykg.build;

import vn.policykg.store.StoreLayout;
import vn.policykg.store.TextIndexWriter;
import vn.policykg.store.Dumps;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

import vn.policykg.extract.DocumentFacts;
import vn.policykg.extract.ExtractionReport;
import vn.policykg.extract.IndicatorScheme;
import vn.policykg.rdf.GraphMapper;
import vn.policykg.rdf.IriPolicy;
import vn.policykg.source.Clause;
import vn.policykg.source.Manifest;
import vn.policykg.source.ParsedDocument;
import vn.policykg.source.SourceFormatException;
import vn.policykg.source.SourceText;
import vn.policykg.source.StructureParser;
import vn.policykg.source.TurtleFile;

/**
 * data/ → a new store generation: read and check the manifest, parse every source, map to RDF,
 * load TDB2, write the text index from it and the dumps, and only then publish the generation.
 * Any failure discards the half-built generation; the one being served is never touched.
 */
public final class StoreBuilder {

    private final StoreLayout layout;

    public StoreBuilder(StoreLayout layout) {
        this.layout = layout;
    }

    /** The whole graph in memory, and what the build says about each document. */
    public record Assembled(Model graph, List<String> report) {}

    public BuildResult build(BuildInputs in) {
        Assembled assembled = assemble(in);
        Model graph = assembled.graph();
        StoreLayout.Generation gen = layout.newGeneration();
        long loaded;
        int indexed;
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(gen.tdbDir().toString());
        try {
            Dataset dataset = DatasetFactory.wrap(tdb);
            loaded = Txn.calculateWrite(dataset, () -> {
                dataset.getDefaultModel().add(graph);
                return dataset.getDefaultModel().size();
            });
            if (loaded != graph.size())
                throw new IllegalStateException("Loaded " + loaded + " triples, expected " + graph.size());
            // From the loaded store, as a repair at start does: one way to make the index.
            indexed = TextIndexWriter.write(dataset, gen.textDir());
            Dumps.write(graph, gen.dumpsDir());
        } catch (RuntimeException | Error e) {
            TDBInternal.expel(tdb);
            layout.discard(gen);
            throw e;
        }
        TDBInternal.expel(tdb);
        layout.publish(gen);
        layout.prune(1);
        List<String> report = new ArrayList<>(assembled.report());
        report.add("Store generation " + gen.id() + ": " + loaded + " triples, " + indexed + " text index documents in " + layout.root());
        return new BuildResult(gen, loaded, report);
    }

    /** Everything before the store; deterministic: the same inputs give the same triples. */
    public static Assembled assemble(BuildInputs in) {
        IriPolicy iris = new IriPolicy(in.baseIri());
        Manifest manifest = Manifest.read(in.dataDir());
        Map<Manifest.Entry, ParsedDocument> parsed = new LinkedHashMap<>();
        Map<Manifest.Entry, DocumentFacts> facts = new LinkedHashMap<>();
        List<String> report = new ArrayList<>();
        IndicatorScheme indicators = IndicatorScheme.read(in.dataDir());
        for (Manifest.Entry entry : manifest.corpus()) {
            ParsedDocument doc = StructureParser.parse(SourceText.read(entry.sourceFile()));
            parsed.put(entry, doc);
            DocumentFacts extracted = DocumentFacts.extract(doc, entry);
            facts.put(entry, extracted);
            report.add(summary(entry, doc));
            report.addAll(ExtractionReport.lines(entry, doc, extracted, indicators));
        }
        Model ontology = readOntology(in.ontologyFile());
        Model graph = GraphMapper.map(iris, ontology, manifest, parsed, facts, indicators, inputHash(in, manifest));
        report.add("Graph: " + graph.size() + " triples");
        GraphShapes.check(graph, in.ontologyFile().resolveSibling(GraphShapes.FILE_NAME));
        report.add("SHACL: the graph conforms to " + GraphShapes.FILE_NAME);
        return new Assembled(graph, List.copyOf(report));
    }

    private static Model readOntology(Path file) {
        return TurtleFile.read(file, "ontology", file.toUri().toString());
    }

    private static String summary(Manifest.Entry entry, ParsedDocument doc) {
        Map<String, Integer> kinds = new TreeMap<>();
        for (Clause c : doc.allClauses())
            kinds.merge(c.kind().eIdPrefix(), 1, Integer::sum);
        return entry.originalFileName() + " → " + doc.allClauses().size() + " clauses " + kinds
            + (doc.notes().isEmpty() ? "" : "; repaired: " + String.join(" | ", doc.notes()));
    }

    /** SHA-256 over the manifest, the ontology and every source, in manifest order. */
    private static String inputHash(BuildInputs in, Manifest manifest) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(Files.readAllBytes(manifest.file()));
            md.update(Files.readAllBytes(in.ontologyFile()));
            md.update(Files.readAllBytes(in.dataDir().resolve(IndicatorScheme.FILE_NAME)));
            for (Manifest.Entry e : manifest.corpus()) {
                md.update(e.originalFileName().getBytes(StandardCharsets.UTF_8));
                md.update(Files.readAllBytes(e.sourceFile()));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException | java.io.IOException e) {
            throw new IllegalStateException("Cannot hash the build inputs", e);
        }
    }
}
