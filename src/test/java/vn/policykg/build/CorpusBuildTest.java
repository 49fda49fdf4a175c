package vn.policykg.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.policykg.SharedCorpus;
import vn.policykg.source.Corpus;
import vn.policykg.store.BuiltStore;
import vn.policykg.vocab.Vocab;

/**
 * Documents from corpus folders join the graph with no manifest entry: the 57-NQ/TW chain read where it
 * lies, a document first known by citation keeping its IRI once its text comes, and files that are not
 * documents or cannot be read reported and left out while the others go in.
 */
class CorpusBuildTest {

    private static final String BASE = BuiltStore.BASE;
    private static final String NQ_57 = BASE + "eli/vn/nq/2024/57-nq-tw";
    private static final String NQ_03_CP = BASE + "eli/vn/nq/2025/03-nq-cp";

    private static StoreBuilder.Assembled chain;

    @BeforeAll
    static void buildChain() {
        Path nq57 = SharedCorpus.require("nq57");
        chain = StoreBuilder.assemble(new BuildInputs(Corpus.DATA, BASE, List.of(nq57)));
    }

    @Test
    void theChainIsDescribedFromTheDocumentsThemselves() {
        Model g = chain.graph();
        Resource resolution = g.getResource(NQ_57);
        assertThat(resolution.getProperty(Vocab.idLocal).getString()).isEqualTo("57-NQ/TW");
        assertThat(resolution.getProperty(Vocab.dateDocument).getString()).isEqualTo("2024-12-22");
        assertThat(resolution.getProperty(Vocab.inCorpus).getBoolean()).isTrue();
        assertThat(resolution.getProperty(Vocab.title).getString()).containsIgnoringCase("khoa học, công nghệ");

        Resource programme = g.getResource(NQ_03_CP);
        assertThat(programme.getProperty(Vocab.idLocal).getString()).isEqualTo("03/NQ-CP");
        assertThat(programme.getProperty(Vocab.dateDocument).getString()).isEqualTo("2025-01-09");
        assertThat(g.listObjectsOfProperty(programme, Vocab.applies).toList())
                .as("03/NQ-CP implements 57-NQ/TW")
                .anyMatch(o -> o.asResource().getURI().equals(NQ_57));
        // The seeds keep their curated descriptions.
        assertThat(g.getResource(BASE + "eli/vn-lao-cai/ctr/2026/04-ctr-ubnd")
                        .getProperty(Vocab.dateDocument)
                        .getString())
                .isEqualTo("2026-02-03");
    }

    @Test
    void aLawCitedByNameAndDateIsOneDocumentWithoutANumber() {
        // 03/NQ-CP: "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;"
        Model g = chain.graph();
        Resource law = g.getResource(BASE + "eli/vn/luat/2015/luat-to-chuc-chinh-phu-2015-06-19");
        assertThat(g.listObjectsOfProperty(g.getResource(NQ_03_CP), Vocab.basedOn)
                        .toList())
                .contains(law);
        assertThat(law.getProperty(Vocab.title).getString()).isEqualTo("Luật Tổ chức Chính phủ");
        assertThat(law.getProperty(Vocab.dateDocument).getString()).isEqualTo("2015-06-19");
        assertThat(law.hasProperty(Vocab.idLocal)).isFalse();
    }

    @Test
    void theProgrammeIssuedAfterTheSignatureKeepsItsTargetAndTaskTables() {
        Model g = chain.graph();
        // Phụ lục I, a Markdown table of targets: group I "Đến năm 2030", row 10 with its unit and value.
        Resource row = g.getResource(NQ_03_CP + "/annex_I__sec_I__row_10");
        assertThat(row.getProperty(Vocab.text).getString()).startsWith("Quy mô kinh tế số | % GDP | ≥ 30");
        // The programme itself is an annex with its sections, not closing words after the signature.
        assertThat(g.getResource(NQ_03_CP + "/annex_1__sec_I")
                        .getProperty(Vocab.heading)
                        .getString())
                .isEqualTo("MỤC TIÊU");
        // 402-CV/VPĐU: the draft report sent with the letter is parsed, not swallowed by "Nơi nhận:".
        long reportClauses = g.listSubjectsWithProperty(
                        Vocab.document, g.getResource(BASE + "eli/vn/cv/2025/402-cv-vpdu"))
                .toList()
                .size();
        assertThat(reportClauses).isGreaterThan(150);
    }

    @Test
    void theDocumentedQueriesAnswerAcrossTheChainAndTheSeeds() throws IOException {
        // queries/ is checked row by row on the seeds (QueriesTest); with the chain in, the same queries reach it.
        List<String> ministry = select("tasks-led-by-a-ministry");
        assertThat(ministry).contains("03/NQ-CP\tPLII.•19\t2025-05-31\tTháng 5/2025");
        List<String> hdi = select("targets-for-an-indicator-across-documents");
        assertThat(hdi)
                .contains("vn-lao-cai\t000_1d5efa02c9893db8.txt\tChỉ số phát triển con người (HDI)\teq\t0.738\t\t2030");
        assertThat(hdi)
                .anySatisfy(row ->
                        assertThat(row).startsWith("vn\t03/NQ-CP\tChỉ số phát triển con người (HDI)\tgt\t0.7\t"));
        assertThat(select("open-tasks-of-a-programme-at-a-date")).contains("III.2.2\t2030-12-31\tHằng năm");
        // 03/NQ-CP (January 2025) gives tasks to ministries merged on 1 March 2025: data/bodies.ttl says who took over.
        assertThat(select("tasks-naming-a-body-that-ceased-in-the-2025-merger"))
                .contains(
                        "03-NQ-CP_chuong-trinh-hanh-dong_chinh-phu.md\tPLII.•2\tlead\tBộ Thông tin và Truyền thông\t2025-03-01\tBộ Khoa học và Công nghệ (vn)",
                        "03-NQ-CP_chuong-trinh-hanh-dong_chinh-phu.md\tPLII.•16\tcoordinating\tBộ Kế hoạch và Đầu tư\t2025-03-01\tBộ Tài chính (vn)");
    }

    /** A documented query over the chain's graph, as tab-separated rows of plain values. */
    private static List<String> select(String name) throws IOException {
        String text = Files.readString(Path.of("queries", name + ".rq"));
        try (QueryExecution qe = QueryExecution.model(chain.graph()).query(text).build()) {
            ResultSet rs = qe.execSelect();
            List<String> rows = new ArrayList<>();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                rows.add(String.join(
                        "\t",
                        rs.getResultVars().stream()
                                .map(v -> {
                                    RDFNode n = row.get(v);
                                    return n == null
                                            ? ""
                                            : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
                                })
                                .toList()));
            }
            return rows;
        }
    }

    @Test
    void everyReadFactPointsAtTheWordsItWasReadFrom() {
        Model g = chain.graph();
        Resource programme = g.getResource(NQ_03_CP);
        List<Resource> sources =
                g.listSubjectsWithProperty(Vocab.describes, programme).toList();
        assertThat(sources)
                .anyMatch(s -> s.getPropertyResourceValue(Vocab.property).equals(Vocab.idLocal)
                        && s.getProperty(Vocab.quote).getString().contains("03/NQ-CP"));
    }

    @Test
    void aDocumentKnownByCitationKeepsItsIriWhenItsTextIsAdded(@TempDir Path tmp) throws IOException {
        Path withoutResolution = SharedCorpus.linkInto(
                tmp.resolve("chain"), "03.md", "nq57", "03-NQ-CP_chuong-trinh-hanh-dong_chinh-phu.md");
        Model cited = StoreBuilder.assemble(new BuildInputs(Corpus.DATA, BASE, List.of(withoutResolution)))
                .graph();
        Resource known = cited.getResource(NQ_57);
        assertThat(known.getProperty(Vocab.inCorpus).getBoolean())
                .as("57-NQ/TW is only cited here")
                .isFalse();

        assertThat(chain.graph().getResource(NQ_57).getProperty(Vocab.inCorpus).getBoolean())
                .isTrue();
    }

    @Test
    void filesThatAreNotDocumentsOrCannotBeReadAreLeftOutAndNamed(@TempDir Path tmp) throws IOException {
        Path folder =
                SharedCorpus.linkInto(tmp.resolve("mixed"), "57.md", "nq57", "57-NQ-TW_nghi-quyet_bo-chinh-tri.md");
        Files.writeString(folder.resolve("README.md"), "# Thư mục văn bản\n\nGhi chú cho người dùng.\n");
        Files.writeString(folder.resolve("index.json"), "{}");
        Files.write(folder.resolve("broken.txt"), new byte[] {'a', '\n', (byte) 0xC3, (byte) 0x28, '\n'});
        StoreBuilder.Assembled built = StoreBuilder.assemble(new BuildInputs(Corpus.DATA, BASE, List.of(folder)));
        assertThat(built.report())
                .anySatisfy(l -> assertThat(l)
                        .startsWith("Left out: ")
                        .contains("README.md")
                        .contains("not a document"));
        assertThat(built.report())
                .anySatisfy(l -> assertThat(l)
                        .startsWith("Left out: ")
                        .contains("index.json")
                        .contains("not a format we read"));
        assertThat(built.report())
                .anySatisfy(l -> assertThat(l)
                        .startsWith("Left out: ")
                        .contains("broken.txt")
                        .contains("line 2")
                        .contains("not valid UTF-8"));
        assertThat(built.graph().getResource(NQ_57).getProperty(Vocab.inCorpus).getBoolean())
                .isTrue();
    }
}
