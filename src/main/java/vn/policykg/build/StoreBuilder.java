package vn.policykg.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import vn.policykg.extract.BodyDirectory;
import vn.policykg.extract.DocumentFacts;
import vn.policykg.extract.ExtractionReport;
import vn.policykg.extract.IndicatorScheme;
import vn.policykg.rdf.GraphMapper;
import vn.policykg.rdf.IriPolicy;
import vn.policykg.read.ReadLimits;
import vn.policykg.read.ReaderRegistry;
import vn.policykg.source.Clause;
import vn.policykg.source.Manifest;
import vn.policykg.source.ParsedDocument;
import vn.policykg.source.SourceText;
import vn.policykg.source.StructureRecognizers;
import vn.policykg.source.TurtleFile;
import vn.policykg.store.Concurrently;
import vn.policykg.store.DumpFiles;
import vn.policykg.store.PublicationLog;
import vn.policykg.store.StoreLayout;
import vn.policykg.store.TextIndexWriter;

/**
 * data/ → a new store generation: read and check the manifest, parse every source, map to RDF,
 * load TDB2, write the text index from it and the dumps, and only then publish the generation.
 * Any failure discards the half-built generation; the one being served is never touched.
 */
public final class StoreBuilder {

    /** In each generation: the inputs it was built from ({@link BuildInputs#describe()}). */
    public static final String INPUTS_FILE = "INPUTS";

    private final StoreLayout layout;

    public StoreBuilder(StoreLayout layout) {
        this.layout = layout;
    }

    /** The whole graph in memory, and what the build says about each document. */
    public record Assembled(Model graph, List<String> report) {}

    public BuildResult build(BuildInputs in) {
        return build(in, Progress.silent());
    }

    /** Builds, telling {@code progress} how the long steps go (the build command prints it). */
    public BuildResult build(BuildInputs in, Consumer<String> progress) {
        return build(in, new Progress(progress));
    }

    /** What a build stored: triples in TDB2, documents in the text index, the publication log's new entries. */
    private record Stored(long triples, int passages, List<PublicationLog.Entry> changes) {}

    private BuildResult build(BuildInputs in, Progress progress) {
        Assembled assembled = assemble(in, progress);
        Model graph = assembled.graph();
        StoreLayout.Generation previous = layout.current().orElse(null);
        StoreLayout.Generation gen = layout.newGeneration();
        Stored stored = layout.complete(gen, dataset -> {
            // The dumps are written from the graph in memory while the store is loaded and indexed.
            Stored loaded = Concurrently.run(() -> DumpFiles.write(graph, gen, previous), () -> {
                progress.phase("loading TDB2 (the dumps are written meanwhile)");
                long n = Txn.calculateWrite(dataset, () -> {
                    dataset.getDefaultModel().add(graph);
                    return dataset.getDefaultModel().size();
                });
                if (n != graph.size())
                    throw new IllegalStateException("Loaded " + n + " triples, expected " + graph.size());
                // From the loaded store, as a repair at start does: one way to make the index.
                progress.phase("writing the text index");
                int passages = TextIndexWriter.write(dataset, gen.textDir());
                progress.phase("finishing the dumps");
                return new Stored(n, passages, List.of());
            });
            Files.writeString(gen.dir().resolve(INPUTS_FILE), in.describe());
            return new Stored(
                    loaded.triples(),
                    loaded.passages(),
                    PublicationLog.write(gen, previous, PublicationLog.documents(graph), Instant.now()));
        });
        List<String> report = new ArrayList<>(assembled.report());
        report.add("Publication log: " + stored.changes().size()
                + " documents added, changed or removed since the previous generation");
        report.add("Store generation " + gen.id() + ": " + stored.triples() + " triples, " + stored.passages()
                + " text index documents in "
                + layout.root());
        report.add("Time: " + progress.timings());
        return new BuildResult(gen, stored.triples(), report);
    }

    /** Everything before the store; deterministic: the same inputs give the same triples. */
    public static Assembled assemble(BuildInputs in) {
        return assemble(in, Progress.silent());
    }

    static Assembled assemble(BuildInputs in, Progress progress) {
        IriPolicy iris = new IriPolicy(in.baseIri());
        progress.phase("reading and parsing");
        Manifest manifest = Manifest.read(in.dataDir());
        Map<Manifest.Entry, ParsedDocument> parsed = new LinkedHashMap<>();
        List<String> report = new ArrayList<>();
        for (Manifest.Entry entry : manifest.corpus())
            parsed.put(entry, StructureRecognizers.parse(SourceText.read(entry.sourceFile())));
        if (!in.corpusDirs().isEmpty()) {
            CorpusDocuments.Gathered gathered =
                    CorpusDocuments.gather(in.corpusDirs(), ReaderRegistry.standard(), ReadLimits.DEFAULT, progress);
            CorpusManifest merged = CorpusManifest.merge(manifest, gathered.documents());
            manifest = merged.manifest();
            parsed.putAll(merged.parsed());
            report.addAll(gathered.report());
            report.addAll(merged.report());
            gathered.leftOut().forEach(why -> report.add("Left out: " + why));
            report.add(
                    "Corpus folders " + in.corpusDirs() + ": " + merged.parsed().size() + " documents in, "
                            + gathered.leftOut().size() + " files left out");
        }
        IndicatorScheme indicators = IndicatorScheme.read(in.dataDir());
        BodyDirectory bodies = BodyDirectory.of(manifest.model());
        progress.phase("extracting facts");
        progress.start("extracting facts", manifest.corpus().size());
        Map<Manifest.Entry, DocumentFacts> facts = new LinkedHashMap<>();
        List<DocumentFacts> extracted = manifest.corpus().parallelStream()
                .map(entry -> {
                    DocumentFacts f = DocumentFacts.extract(parsed.get(entry), entry);
                    progress.step();
                    return f;
                })
                .toList();
        for (int i = 0; i < extracted.size(); i++) {
            Manifest.Entry entry = manifest.corpus().get(i);
            facts.put(entry, extracted.get(i));
            report.add(summary(entry, parsed.get(entry)));
            report.addAll(ExtractionReport.lines(entry, parsed.get(entry), extracted.get(i), indicators, bodies));
        }
        long unresolved =
                report.stream().filter(l -> l.startsWith("  body not in ")).count();
        report.add("Bodies: " + unresolved + " names (per document) not in " + BodyDirectory.FILE_NAME
                + "; each still has a node of its own");
        progress.phase("mapping to RDF");
        Model ontology = readOntology(in.ontologyFile());
        Model graph =
                GraphMapper.map(iris, ontology, manifest, parsed, facts, indicators, inputHash(in, manifest, parsed));
        report.add("Graph: " + graph.size() + " triples");
        progress.phase("checking SHACL shapes");
        GraphShapes.check(graph, in.ontologyFile().resolveSibling(GraphShapes.FILE_NAME));
        report.add("SHACL: the graph conforms to " + GraphShapes.FILE_NAME);
        return new Assembled(graph, List.copyOf(report));
    }

    private static Model readOntology(Path file) {
        return TurtleFile.read(file, "ontology", file.toUri().toString());
    }

    private static String summary(Manifest.Entry entry, ParsedDocument doc) {
        Map<String, Integer> kinds = new TreeMap<>();
        for (Clause c : doc.allClauses()) kinds.merge(c.kind().eIdPrefix(), 1, Integer::sum);
        return entry.originalFileName() + " → " + doc.allClauses().size() + " clauses " + kinds
                + (doc.notes().isEmpty() ? "" : "; repaired: " + String.join(" | ", doc.notes()));
    }

    /** SHA-256 over the manifest, the ontology, the indicators, the bodies and every source, in manifest order. */
    private static String inputHash(BuildInputs in, Manifest manifest, Map<Manifest.Entry, ParsedDocument> parsed) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(Files.readAllBytes(manifest.file()));
            md.update(Files.readAllBytes(in.ontologyFile()));
            md.update(Files.readAllBytes(in.dataDir().resolve(IndicatorScheme.FILE_NAME)));
            Path bodies = in.dataDir().resolve(Manifest.BODIES_FILE_NAME);
            if (Files.isRegularFile(bodies)) md.update(Files.readAllBytes(bodies));
            for (Manifest.Entry e : manifest.corpus()) {
                md.update(e.originalFileName().getBytes(StandardCharsets.UTF_8));
                md.update(parsed.get(e).source().sha256().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("Cannot hash the build inputs", e);
        }
    }
}
