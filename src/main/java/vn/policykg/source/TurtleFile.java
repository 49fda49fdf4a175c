package vn.policykg.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;

/** A curated Turtle file of the project (manifest, indicators, ontology, shapes), read strictly; faults name file and line. */
public final class TurtleFile {

    private static final Pattern RIOT_LINE =
            Pattern.compile("\\[line: (\\d+), col: (\\d+)\\s*\\]\\s*(.*)", Pattern.DOTALL);

    private TurtleFile() {}

    /** The file's text, or a fault naming the file when it is missing or unreadable. */
    public static String text(Path file, String what) {
        if (!Files.isRegularFile(file)) throw new SourceFormatException(file, 0, "the " + what + " is missing");
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SourceFormatException(file, 0, "cannot read the " + what + ": " + e.getMessage());
        }
    }

    /** Parses {@code text} (read from {@code file}) with {@code base} for relative IRIs. */
    public static Model parse(Path file, String text, String base) {
        Model model = ModelFactory.createDefaultModel();
        try {
            RDFParser.fromString(text, Lang.TURTLE)
                    .base(base)
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                    .parse(model);
        } catch (RiotException e) {
            Matcher m = RIOT_LINE.matcher(String.valueOf(e.getMessage()));
            if (m.find())
                throw new SourceFormatException(
                        file,
                        Integer.parseInt(m.group(1)),
                        "column " + m.group(2) + ": " + m.group(3).strip());
            throw new SourceFormatException(file, 0, "not valid Turtle: " + e.getMessage());
        }
        return model;
    }

    public static Model read(Path file, String what, String base) {
        return parse(file, text(file, what), base);
    }
}
