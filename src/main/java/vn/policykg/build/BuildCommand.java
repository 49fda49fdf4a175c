package vn.policykg.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import vn.policykg.read.ReaderRegistry;
import vn.policykg.source.SourceFormatException;
import vn.policykg.store.StoreLayout;

/**
 * The command line:
 * <ul>
 * <li>{@code java -jar policy-kg.jar build [--policykg.data-dir=data] [--policykg.store-dir=var/store]
 * [--policykg.base-iri=http://localhost:8080/] [--policykg.corpus-dirs=dir1,dir2]}: builds and publishes a
 * new store generation;</li>
 * <li>{@code java -jar policy-kg.jar add --policykg.corpus-dirs=dir FILE…}: copies the files into the first
 * corpus folder, then builds as {@code build} does.</li>
 * </ul>
 * Exit codes: 0 built with every file in; 3 built, but some corpus files were left out (the report names
 * them); 1 bad input, nothing published; 2 bad settings.
 */
public final class BuildCommand {

    public static final int LEFT_OUT = 3;

    private BuildCommand() {}

    public static int run(String[] args) {
        Path data = Path.of(option(args, "data-dir", "data"));
        Path store = Path.of(option(args, "store-dir", "var/store"));
        String base = option(args, "base-iri", "http://localhost:8080/");
        List<Path> corpus = BuildInputs.corpusDirs(option(args, "corpus-dirs", ""));
        try {
            if (args.length > 0 && args[0].equals("add")) add(files(args), corpus);
            BuildResult result = new StoreBuilder(new StoreLayout(store))
                    .build(new BuildInputs(data, base, corpus), line -> System.err.println("… " + line));
            result.report().forEach(System.out::println);
            return result.report().stream().anyMatch(l -> l.startsWith("Left out: ")) ? LEFT_OUT : 0;
        } catch (SourceFormatException | GraphShapes.Violations e) {
            System.err.println("Build failed, the served store is unchanged: " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            System.err.println("Build failed, the served store is unchanged: " + e.getMessage());
            return 2;
        }
    }

    /** Copies each file into the first corpus folder; a file we cannot read the format of is refused first. */
    private static void add(List<Path> files, List<Path> corpus) {
        if (corpus.isEmpty())
            throw new IllegalArgumentException("add needs --policykg.corpus-dirs=FOLDER to copy the files into");
        if (files.isEmpty())
            throw new IllegalArgumentException("add needs at least one file: add --policykg.corpus-dirs=FOLDER FILE…");
        ReaderRegistry readers = ReaderRegistry.standard();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) throw new IllegalArgumentException(f + ": no such file");
            if (!readers.supports(f))
                throw new IllegalArgumentException(f + ": not a format we read (PDF, DOCX, HTML, text, Markdown)");
        }
        try {
            Files.createDirectories(corpus.get(0));
            for (Path f : files)
                Files.copy(f, corpus.get(0).resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot copy into " + corpus.get(0) + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> files(String[] args) {
        List<Path> out = new ArrayList<>();
        for (int i = 1; i < args.length; i++) if (!args[i].startsWith("--")) out.add(Path.of(args[i]));
        return out;
    }

    /** {@code --policykg.name=value}, else the system property policykg.name, else the default. */
    private static String option(String[] args, String name, String fallback) {
        String prefix = "--policykg." + name + "=";
        for (String a : args) if (a.startsWith(prefix)) return a.substring(prefix.length());
        return System.getProperty("policykg." + name, fallback);
    }
}
