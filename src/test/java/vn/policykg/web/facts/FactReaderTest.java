package vn.policykg.web.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.policykg.SharedCorpus;
import vn.policykg.build.BuildInputs;
import vn.policykg.build.StoreBuilder;
import vn.policykg.source.Corpus;
import vn.policykg.store.BuiltStore;
import vn.policykg.store.LiveStore;
import vn.policykg.store.OpenedGeneration;
import vn.policykg.store.SeedGeneration;
import vn.policykg.store.StoreLayout;

/** Every task and target of the served generation, read once per generation. */
@ExtendWith(SeedGeneration.class)
class FactReaderTest {

    private static final String NQ_03_CP = BuiltStore.BASE + "eli/vn/nq/2025/03-nq-cp";

    @Test
    void everyFactIsReadOnceAndAgainWhenAnotherGenerationIsServed(OpenedGeneration seeds, @TempDir Path dir)
            throws IOException {
        // The seeds and one programme of the 57-NQ/TW chain: a generation with more tasks.
        Path programme = SharedCorpus.linkInto(
                dir.resolve("programme"), "03.md", "nq57", "03-NQ-CP_chuong-trinh-hanh-dong_chinh-phu.md");
        StoreLayout layout = new StoreLayout(dir.resolve("store"));
        new StoreBuilder(layout).build(new BuildInputs(Corpus.DATA, BuiltStore.BASE, List.of(programme)));
        // Not closed: it would close the seed generation, which SeedGeneration closes after the class.
        LiveStore store = new LiveStore();
        try (OpenedGeneration withProgramme =
                OpenedGeneration.open(layout.current().orElseThrow())) {
            store.swap(seeds);
            FactReader facts = new FactReader(store);
            List<StoredTask> tasks = facts.tasks();
            List<StoredTarget> targets = facts.targets();
            assertThat(tasks).extracting(StoredTask::document).doesNotContain(NQ_03_CP);
            assertThat(facts.tasks()).isSameAs(tasks);
            assertThat(facts.targets()).isSameAs(targets);

            store.swap(withProgramme);
            assertThat(facts.tasks()).extracting(StoredTask::document).contains(NQ_03_CP);
            assertThat(facts.tasks()).hasSizeGreaterThan(tasks.size());
            assertThat(facts.targets()).hasSizeGreaterThanOrEqualTo(targets.size());

            store.swap(seeds);
            assertThat(facts.tasks()).isNotSameAs(tasks).isEqualTo(tasks);
        }
    }
}
