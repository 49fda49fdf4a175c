package vn.policykg.web.linkeddata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import vn.policykg.vocab.Vocab;

/** The IRIs of src/test/resources/stable-iris.tsv and what each must mean (numbers compare by value: a store writes 2 as 2.0). */
final class StableIris {

    static final Path FILE = Path.of("src/test/resources/stable-iris.tsv");

    /** One row: the resource (path under the base), its kind, a property and the value it must have. */
    record Row(String path, String kind, String property, String value) {
        String iri(String base) {
            return base + path;
        }

        /** Null when {@code m} says this of the resource; else what it says instead. */
        String mismatch(Model m, String base) {
            Resource r = m.getResource(iri(base));
            List<String> seen = new ArrayList<>();
            for (RDFNode o : m.listObjectsOfProperty(r, m.createProperty(Vocab.PREFIXES.expandPrefix(property)))
                    .toList()) {
                String text = o.isLiteral()
                        ? o.asLiteral().getLexicalForm()
                        : o.asResource().getURI();
                if (text.equals(value)
                        || (o.isLiteral() && !o.asLiteral().getLanguage().isEmpty() && text.contains(value))
                        || (o.isLiteral()
                                && o.asLiteral().getValue() instanceof Number
                                && new BigDecimal(text).compareTo(new BigDecimal(value)) == 0)) return null;
                seen.add(text);
            }
            return path + " " + property + ": expected '" + value + "', found " + seen;
        }
    }

    private StableIris() {}

    static List<Row> rows() {
        try {
            return Files.readAllLines(FILE).stream()
                    .filter(l -> !l.startsWith("#") && !l.startsWith("path\t") && !l.isBlank())
                    .map(l -> l.split("\t", -1))
                    .map(f -> new Row(f[0], f[1], f[2], f[3]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
