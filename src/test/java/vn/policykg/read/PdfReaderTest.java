package vn.policykg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF reader on the Official Gazette's own PDFs (read where they lie, never copied) and on broken files. */
class PdfReaderTest {

    private static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static final Path PDFS = CORPUS.resolve("gazette-pdf");
    private static final PdfReader READER = new PdfReader();

    @BeforeAll
    static void corpusPresent() {
        Assumptions.assumeTrue(
                Files.isDirectory(PDFS),
                "the gazette PDFs are not at " + PDFS.toAbsolutePath()
                        + " (shared corpus absent): nothing real to read");
    }

    private static ReadDocument read(String relative) throws IOException {
        Path file = PDFS.resolve(relative);
        return READER.read(file, Files.readAllBytes(file), ReadLimits.DEFAULT);
    }

    private static List<String> lines(ReadDocument document) {
        return Arrays.asList(document.text().split("\n", -1));
    }

    private static List<String> cells(ReadDocument.Row row) {
        return row.cells().stream().map(ReadDocument.Cell::text).toList();
    }

    private static ReadDocument.Table tableWith(ReadDocument document, String cellText) {
        return document.tables().stream()
                .filter(t -> t.rows().stream().anyMatch(r -> cells(r).contains(cellText)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no table has a cell " + cellText));
    }

    private static ReadDocument.Row rowWith(ReadDocument.Table table, String cellText) {
        return table.rows().stream()
                .filter(r -> cells(r).contains(cellText))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void taskRowKeepsEveryCellWholeAndTheHeaderNamesTheColumns() throws IOException {
        // Resolution 105/NQ-CP, Phụ lục I, task 5 (page 11): the task and the coordinating bodies wrap over
        // several lines in the PDF; each must come out as one cell
        ReadDocument document = read("chinh_sach_dn/nghi-quyet-so-105-nq-cp-469364.pdf");
        String task = "Thực hiện quản lý, sử dụng hiệu quả tài sản công; bố trí nguồn lực, đầu tư cơ sở vật chất, "
                + "trang thiết bị, điều kiện làm việc cho các cơ quan, đơn vị, tổ chức nhất là nơi hợp nhất, "
                + "sáp nhập và cấp xã";
        ReadDocument.Table table = tableWith(document, task);
        ReadDocument.Row row = rowWith(table, task);
        assertEquals(
                List.of(
                        "5",
                        task,
                        "Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
                        "Bộ Tài chính",
                        "Cấp có thẩm quyền",
                        "Hoạt động theo dõi, hướng dẫn, hỗ trợ địa phương",
                        "Năm 2026"),
                cells(row));
        assertEquals(11, document.origins().get(row.line()).page());
        assertEquals(String.join("\t", cells(row)), lines(document).get(row.line()), "the row is one line of the text");

        assertEquals(
                List.of(
                        "TT",
                        "Nội dung công việc",
                        "Cơ quan chủ trì",
                        "Cơ quan phối hợp",
                        "Cấp trình",
                        "Sản phẩm",
                        "Thời hạn hoàn thành"),
                cells(table.rows().getFirst()));
    }

    @Test
    void taskTableOfResolution97() throws IOException {
        ReadDocument document = read("chinh_sach_dn/nghi-quyet-so-97-nq-cp-469324.pdf");
        String task = "Chủ động nghiên cứu, tham mưu Chính phủ trình Quốc hội, Ủy ban Thường vụ Quốc hội sửa đổi, "
                + "bổ sung, ban hành mới văn bản quy phạm pháp luật bảo đảm cơ sở pháp lý đồng bộ cho hoạt động "
                + "của bộ máy nhà nước theo mô hình chính quyền 3 cấp";
        ReadDocument.Table table = tableWith(document, task);
        assertEquals(
                List.of(
                        "TT",
                        "Tên nhiệm vụ",
                        "Cơ quan chủ trì",
                        "Cơ quan phối hợp",
                        "Kết quả",
                        "Thời gian hoàn thành",
                        "Căn cứ bổ sung"),
                cells(table.rows().getFirst()));
        ReadDocument.Row row = rowWith(table, task);
        assertEquals(
                List.of(
                        "5",
                        task,
                        "Các bộ, cơ quan ngang bộ",
                        "Bộ Nội vụ, Bộ Tư pháp",
                        "Các văn bản quy phạm pháp luật trình Quốc hội, Ủy ban Thường vụ Quốc hội xem xét, ban hành",
                        "2026",
                        "Chương trình số 12- CTr/BCĐ"),
                cells(row));
        // the running head and the footnotes stay lines of their own, outside the table
        assertTrue(lines(document).contains("CÔNG BÁO/Số 238/Ngày 21-04-2026 95"));
        assertTrue(lines(document)
                .contains("3 Chương trình số 12-CTr/BCĐ ngày 30 tháng 12 năm 2025 của Ban Chỉ đạo "
                        + "Trung ương về hoàn thiện thể chế, pháp luật."));
    }

    @Test
    void landscapeTableTurnedOnItsPageIsReadInItsOwnDirection() throws IOException {
        // Resolution 175/NQ-CP draws its task table turned a quarter on portrait pages; the lead body's cell
        // spans several task rows, so the rows below it leave that cell empty
        ReadDocument document = read("bhxh/nghi-quyet-so-175-nq-cp-40286.pdf");
        ReadDocument.Table table = tableWith(document, "Bộ Thông tin và Truyền thông");
        assertEquals(
                List.of("STT", "Đơn vị", "Nhiệm vụ chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"),
                cells(table.rows().getFirst()));
        assertEquals(
                List.of(
                        "",
                        "",
                        "Ban hành hoặc trình cấp có thẩm quyền ban hành Khung kiến trúc Chính phủ điện tử 3.0",
                        "Văn phòng Chính phủ",
                        "Quý IV/2023"),
                cells(table.rows().get(3)));
    }

    @Test
    void everyCellSpanAndLineOriginHoldsInAllGazettePdfs() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(PDFS)) {
            files = walk.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        assertEquals(21, files.size());
        int[] totals = new int[3];
        for (Path file : files) {
            long started = System.nanoTime();
            ReadDocument document = READER.read(file, Files.readAllBytes(file), ReadLimits.DEFAULT);
            long millis = (System.nanoTime() - started) / 1_000_000;
            int pages;
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                pages = pdf.getNumberOfPages();
            }
            List<String> lines = lines(document);
            assertEquals(lines.size(), document.origins().size(), file + ": one origin per line");
            for (ReadDocument.Origin origin : document.origins())
                assertTrue(origin.page() >= 1 && origin.page() <= pages && origin.line() >= 1, file + ": " + origin);
            assertEquals(Normalizer.normalize(document.text(), Normalizer.Form.NFC), document.text(), file + ": NFC");
            int rows = 0;
            for (ReadDocument.Table table : document.tables())
                for (ReadDocument.Row row : table.rows()) {
                    rows++;
                    assertEquals(
                            String.join("\t", cells(row)), lines.get(row.line()), file + ": row at line " + row.line());
                    for (ReadDocument.Cell cell : row.cells()) {
                        assertEquals(
                                cell.text(), document.text().substring(cell.start(), cell.end()), file + ": " + cell);
                        assertFalse(cell.text().contains("CÔNG BÁO/Số"), file + ": running head in a cell " + cell);
                    }
                }
            int[] matched = pagesMatchingGazetteText(file, document);
            Arrays.setAll(totals, i -> totals[i] + matched[i]);
            System.out.printf(
                    "%-45s %3d pages %5d lines %3d tables %4d rows %4d ms; of %d pages compared with the .txt, "
                            + "%d have its words in its order, %d its characters in any order%n",
                    file.getFileName(),
                    pages,
                    lines.size(),
                    document.tables().size(),
                    rows,
                    millis,
                    matched[2],
                    matched[0],
                    matched[1]);
        }
        System.out.printf(
                "of %d pages compared with the gazette .txt, %d have its words in its order, %d its characters "
                        + "in any order (tables and two-column headers are read in another order)%n",
                totals[2], totals[0], totals[1]);
    }

    @Test
    void aPlainPageHasExactlyTheWordsOfTheGazetteText() throws IOException {
        assertPageWordsEqualGazetteText("bhxh/quyet-dinh-so-798-qd-ttg-469485.pdf", 3);
        assertPageWordsEqualGazetteText("hd_kinh_te/nghi-dinh-so-170-2026-nd-cp-469562.pdf", 11);
    }

    private static void assertPageWordsEqualGazetteText(String relative, int page) throws IOException {
        ReadDocument document = read(relative);
        List<List<String>> gazettePages = gazettePages(gazetteText(PDFS.resolve(relative)));
        assertEquals(
                withoutWhitespace(gazettePages.get(page - 1)),
                withoutWhitespace(page(document, page)),
                relative + " page " + page);
    }

    /**
     * {in order, any order, compared}: pages whose text, without whitespace and furniture, equals that page of
     * the .txt, and pages with the same characters in any order; none compared when the .txt's pages (split at
     * running heads) are not as many as the PDF's.
     */
    private static int[] pagesMatchingGazetteText(Path pdf, ReadDocument document) throws IOException {
        List<List<String>> gazettePages = gazettePages(gazetteText(pdf));
        int pages = document.origins().getLast().page(), inOrder = 0, anyOrder = 0;
        if (gazettePages.size() != pages) return new int[] {0, 0, 0};
        for (int p = 1; p <= pages; p++) {
            String expected = withoutWhitespace(gazettePages.get(p - 1)), actual = withoutWhitespace(page(document, p));
            inOrder += expected.equals(actual) ? 1 : 0;
            anyOrder += Arrays.equals(
                            expected.chars().sorted().toArray(),
                            actual.chars().sorted().toArray())
                    ? 1
                    : 0;
        }
        return new int[] {inOrder, anyOrder, pages};
    }

    private static String gazetteText(Path pdf) throws IOException {
        Path txt = CORPUS.resolve("gazette")
                .resolve(PDFS.relativize(pdf).toString().replaceAll("\\.pdf$", ".txt"));
        return Normalizer.normalize(Files.readString(txt, StandardCharsets.UTF_8), Normalizer.Form.NFC);
    }

    /** The .txt's pages: each begins at a running head. */
    private static List<List<String>> gazettePages(String text) {
        List<List<String>> pages = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.strip().matches("(\\d+ )?CÔNG BÁO/Số .*") || pages.isEmpty()) pages.add(new ArrayList<>());
            pages.getLast().add(line);
        }
        return pages;
    }

    private static List<String> page(ReadDocument document, int page) {
        List<String> lines = lines(document), result = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) if (document.origins().get(i).page() == page) result.add(lines.get(i));
        return result;
    }

    /** The page's characters without whitespace, running head, page numbers and the signature block. */
    private static String withoutWhitespace(List<String> lines) {
        StringBuilder kept = new StringBuilder();
        for (String line : lines) {
            String s = line.strip();
            if (s.matches("(\\d+ )?CÔNG BÁO/Số .*|\\d+|(Ký bởi|Cơ quan|Ngày ký|Thời gian ký|Email): .*")) continue;
            kept.append(s.replaceAll("\\s+", ""));
        }
        return kept.toString();
    }

    @Test
    void aTruncatedPdfIsReportedNotPartlyRead() throws IOException {
        byte[] whole = Files.readAllBytes(PDFS.resolve("chinh_sach_dn/nghi-quyet-so-97-nq-cp-469324.pdf"));
        byte[] half = Arrays.copyOf(whole, whole.length / 2);
        var e = assertThrows(
                UnreadableFileException.class, () -> READER.read(Path.of("half.pdf"), half, ReadLimits.DEFAULT));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void aFileThatIsNoPdfIsReported() {
        byte[] text = "CÔNG BÁO/Số 238/Ngày 21-04-2026\nnot a PDF at all\n".getBytes(StandardCharsets.UTF_8);
        var e = assertThrows(
                UnreadableFileException.class, () -> READER.read(Path.of("notes.pdf"), text, ReadLimits.DEFAULT));
        assertTrue(e.getMessage().contains("not a PDF"), e.getMessage());
    }

    @Test
    void aPdfOverThePageLimitIsReportedWithItsPageCount(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("many-pages.pdf");
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < 30; i++) document.addPage(new PDPage());
            document.save(file.toFile());
        }
        ReadLimits limits = new ReadLimits(1L << 20, 10, 1_000_000, 1L << 20);
        var e = assertThrows(UnreadableFileException.class, () -> READER.read(file, Files.readAllBytes(file), limits));
        assertTrue(e.getMessage().contains("30 pages, more than the limit of 10"), e.getMessage());
    }

    @Test
    void anEncryptedPdfWithoutItsPasswordIsReported(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("locked.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(file.toFile());
        }
        var e = assertThrows(
                UnreadableFileException.class, () -> READER.read(file, Files.readAllBytes(file), ReadLimits.DEFAULT));
        assertTrue(e.getMessage().contains("encrypted"), e.getMessage());
    }

    @Test
    void theStandardRegistryReadsPdf() {
        assertInstanceOf(
                PdfReader.class,
                ReaderRegistry.standard().forFile(Path.of("x.PDF")).orElseThrow());
        assertInstanceOf(
                PdfReader.class,
                ReaderRegistry.standard().forMediaType("application/pdf").orElseThrow());
    }
}
