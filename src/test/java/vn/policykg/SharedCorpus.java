package vn.policykg;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * ../shared/corpus: real documents nobody here wrote, read where they lie (never copied into the repository).
 * Tests that need them call {@link #require()}, which skips the test with the reason where the folder is absent.
 */
public final class SharedCorpus {

    public static final Path ROOT = Path.of("..", "shared", "corpus");

    private SharedCorpus() {}

    /** The corpus folder (or a folder under it); skips the calling test when it is not there. */
    public static Path require(String... under) {
        Path dir = ROOT.resolve(String.join("/", under));
        assumeTrue(
                Files.isDirectory(dir),
                "needs the shared corpus at " + dir.toAbsolutePath().normalize() + ", which is not here");
        return dir;
    }
}
