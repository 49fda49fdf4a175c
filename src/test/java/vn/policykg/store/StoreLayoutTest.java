package vn.policykg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreLayoutTest {

    private static StoreLayout.Generation generation(StoreLayout layout, String id, boolean complete)
            throws IOException {
        StoreLayout.Generation gen = new StoreLayout.Generation(
                id, layout.root().resolve("generations").resolve(id));
        Files.createDirectories(gen.tdbDir());
        if (complete) Files.writeString(gen.completeMarker(), "done");
        return gen;
    }

    private static List<String> ids(StoreLayout layout) throws IOException {
        try (Stream<Path> s = Files.list(layout.root().resolve("generations"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void publishingSwitchesCurrentAndPruningKeepsThePreviousCompleteGenerationOnly(@TempDir Path tmp)
            throws IOException {
        StoreLayout layout = new StoreLayout(tmp);
        assertThat(layout.current()).isEmpty();
        generation(layout, "20260101-000000-000-1", true);
        generation(layout, "20260102-000000-000-1", true);
        generation(layout, "20260103-000000-000-1", false); // a killed build
        StoreLayout.Generation current = generation(layout, "20260104-000000-000-1", false);
        generation(layout, "20260105-000000-000-1", false); // a build still running
        layout.publish(current);
        assertThat(layout.current()).contains(current);

        layout.prune(1);
        assertThat(ids(layout))
                .containsExactly("20260102-000000-000-1", "20260104-000000-000-1", "20260105-000000-000-1");
    }

    @Test
    void aCurrentPointerToAnIncompleteGenerationIsNotServed(@TempDir Path tmp) throws IOException {
        StoreLayout layout = new StoreLayout(tmp);
        StoreLayout.Generation gen = generation(layout, "20260101-000000-000-1", false);
        Files.writeString(tmp.resolve("CURRENT"), gen.id());
        assertThat(layout.current()).isEmpty();
    }
}
