package vn.policykg.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Exact values, and the source words under each span, on real documents of the shared corpus and the seeds. */
class DocumentHeaderReaderTest {

    private static final Path CORPUS = Path.of("..", "shared", "corpus");

    private static String corpus(String file) throws IOException {
        Path path = CORPUS.resolve(file);
        Assumptions.assumeTrue(Files.isRegularFile(path), "the shared corpus is not at ../shared/corpus: " + file);
        return Files.readString(path);
    }

    /** The value, and the words its span covers (whitespace made single spaces) equal {@code words}. */
    private static <T> void read(T value, String words, Found<T> found, String text) {
        assertEquals(value, found.value());
        assertEquals(words, found.words(text).replaceAll("\\s+", " ").strip());
    }

    private static List<String> values(List<Found<String>> found) {
        return found.stream().map(Found::value).toList();
    }

    @Test
    void lawAmendingTheHealthInsuranceLaw() throws IOException {
        String text = corpus("gazette/bhxh/luat-so-51-2024-qh15-43559.txt");
        DocumentHeader h = new DocumentHeaderReader().read(text);
        read("QUỐC HỘI", "QUỐC HỘI", h.issuers().getFirst(), text);
        read("51/2024/QH15", "51/2024/QH15", h.number().orElseThrow(), text);
        read(DocumentKind.LAW, "LUẬT", h.kind().orElseThrow(), text);
        assertTrue(h.title().orElseThrow().value().startsWith("SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT BẢO HIỂM Y TẾ"));
        assertEquals(List.of("25/2008/QH12"), values(h.amends()));
        assertEquals(LocalDate.of(2024, 11, 27), h.date().orElseThrow().value());
    }

    @Test
    void governmentResolutionIssuingAProgramme() throws IOException {
        String text = corpus("nq57/03-NQ-CP_chuong-trinh-hanh-dong_chinh-phu.md");
        DocumentHeader h = new DocumentHeaderReader().read(text);
        read("CHÍNH PHỦ", "CHÍNH PHỦ", h.issuers().getFirst(), text);
        read("03/NQ-CP", "03/NQ-CP", h.number().orElseThrow(), text);
        read("Hà Nội", "Hà Nội", h.place().orElseThrow(), text);
        read(LocalDate.of(2025, 1, 9), "ngày 09 tháng 01 năm 2025", h.date().orElseThrow(), text);
        read(DocumentKind.RESOLUTION, "NGHỊ QUYẾT", h.kind().orElseThrow(), text);
        assertTrue(h.issues()
                .orElseThrow()
                .value()
                .startsWith("Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW"));
        assertTrue(h.effectFromSigning());
        assertEquals(
                h.date().orElseThrow().value(), h.effectDate().orElseThrow().value());
        assertEquals(3, h.legalBases().size());
    }

    @Test
    void partyResolutionTranscribedWithoutItsHeader() throws IOException {
        String text = corpus("nq57/57-NQ-TW_nghi-quyet_bo-chinh-tri.md");
        DocumentHeader h = new DocumentHeaderReader().read(text);
        read("57-NQ/TW", "57-NQ/TW", h.number().orElseThrow(), text);
        assertEquals(LocalDate.of(2024, 12, 22), h.date().orElseThrow().value());
        read("Bộ Chính trị", "Bộ Chính trị", h.issuers().getFirst(), text);
    }

    @Test
    void provincialProgrammeSeed() throws IOException {
        String text =
                Files.readString(Path.of("data", "sources", "lao-cai_ubnd_04-CTr-UBND_2026_thuc-hien-01-NQ-CP.txt"));
        DocumentHeader h = new DocumentHeaderReader().read(text);
        read("04/CTr-UBND", "04 /CTr-UBND", h.number().orElseThrow(), text);
        read(LocalDate.of(2026, 2, 3), "ngày 03 tháng 02 năm 2026", h.date().orElseThrow(), text);
        read("Lào Cai", "Lào Cai", h.place().orElseThrow(), text);
        read(DocumentKind.PROGRAMME, "CHƯƠNG TRÌNH HÀNH ĐỘNG", h.kind().orElseThrow(), text);
        read(
                "Ủy ban nhân dân tỉnh Lào Cai",
                "Ủy ban nhân dân tỉnh Lào Cai",
                h.issuers().getFirst(),
                text);
        assertEquals(List.of("01/NQ-CP"), values(h.implementing()));
    }
}
