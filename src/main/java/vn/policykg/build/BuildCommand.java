package vn.policykg.build;

import vn.policykg.store.StoreLayout;

import java.nio.file.Path;

import vn.policykg.source.SourceFormatException;

/**
 * {@code java -jar policy-kg.jar build [--policykg.data-dir=data] [--policykg.store-dir=var/store]
 * [--policykg.base-iri=http://localhost:8080/]}: builds and publishes a new store generation.
 */
public final class BuildCommand {

    private BuildCommand() {}

    public static int run(String[] args) {
        Path data = Path.of(option(args, "data-dir", "data"));
        Path store = Path.of(option(args, "store-dir", "var/store"));
        String base = option(args, "base-iri", "http://localhost:8080/");
        try {
            BuildResult result = new StoreBuilder(new StoreLayout(store)).build(new BuildInputs(data, base));
            result.report().forEach(System.out::println);
            return 0;
        } catch (SourceFormatException | GraphShapes.Violations e) {
            System.err.println("Build failed, the served store is unchanged: " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            System.err.println("Build failed, the served store is unchanged: " + e.getMessage());
            return 2;
        }
    }

    /** {@code --policykg.name=value}, else the system property policykg.name, else the default. */
    private static String option(String[] args, String name, String fallback) {
        String prefix = "--policykg." + name + "=";
        for (String a : args)
            if (a.startsWith(prefix))
                return a.substring(prefix.length());
        return System.getProperty("policykg." + name, fallback);
    }
}
