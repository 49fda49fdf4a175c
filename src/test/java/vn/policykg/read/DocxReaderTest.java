package vn.policykg.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * The DOCX reader on a Word document built with POI from the seed of programme 04/CTr-UBND: its headings
 * "I." and "1." and its list of recipients "- …" as real Word numbering, its appendix as real tables (a
 * cell of the leading official as two paragraphs), one footnote. Reading it back must give the seed's
 * text line for line.
 */
class DocxReaderTest {

    static final Pattern ROMAN_HEADING = Pattern.compile("([IVX]+)\\. (.+)");
    static final Pattern DECIMAL_HEADING = Pattern.compile("(\\d+)\\. (.+)");
    static final Pattern RECIPIENT = Pattern.compile("- (.+)");
    static final String FOOTNOTE = "Nghị quyết số 01/NQ-CP ngày 08/01/2026 của Chính phủ.";

    @TempDir
    static Path tmp;

    static List<String> seed;
    static Path docx;
    static ReadDocument read;

    @BeforeAll
    static void buildAndRead() throws IOException {
        seed = Seed04.lines();
        docx = tmp.resolve("04-CTr-UBND.docx");
        Files.write(docx, seedAsDocx(seed));
        read = ReaderRegistry.standard().read(docx, ReadLimits.DEFAULT);
    }

    @Test
    void theTextIsTheSeedLineForLineWithTheFootnoteAtTheEnd() {
        List<String> expected = new ArrayList<>(seed.stream().map(Seed04::clean).toList());
        expected.add("[1: " + FOOTNOTE + "]");
        assertThat(read.text().split("\n", -1)).containsExactlyElementsOf(expected);
        assertThat(read.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void wordNumberingIsWrittenAsWordShowsIt() {
        List<String> lines = Arrays.asList(read.text().split("\n"));
        assertThat(lines)
                .contains(
                        "II. NHIỆM VỤ VÀ CÁC GIẢI PHÁP CHỦ YẾU", "III. TỔ CHỨC THỰC HIỆN",
                        "2. Yêu cầu", "- Bộ Tài chính;");
        assertThat(lines).anyMatch(l -> l.startsWith("12. Chủ động hơn nữa công tác thông tin tuyên truyền"));
        // after "III." the decimal level starts again at 1
        int third = lines.indexOf("III. TỔ CHỨC THỰC HIỆN");
        assertThat(lines.get(third + 2)).startsWith("1. Các sở, ban, ngành");
    }

    @Test
    void everyLineComesFromTheParagraphOfTheSameNumber() {
        for (int i = 0; i < seed.size(); i++)
            assertThat(read.origins().get(i)).isEqualTo(new ReadDocument.Origin(0, i + 1));
        int referring = seed.indexOf("Lào Cai, ngày 03 tháng 02 năm 2026") + 1;
        assertThat(read.origins().getLast()).isEqualTo(new ReadDocument.Origin(0, referring));
    }

    @Test
    void theAppendixRowOfDoctorsReadsCellByCell() {
        assertThat(read.tables()).hasSize(4);
        ReadDocument.Row doctors = Seed04.doctorsRow(read);
        assertThat(read.origins().get(doctors.line()))
                .isEqualTo(new ReadDocument.Origin(
                        0,
                        seed.indexOf(seed.stream()
                                        .filter(l -> l.startsWith("18\t"))
                                        .findFirst()
                                        .orElseThrow())
                                + 1));
    }

    @Test
    void everyCellSpanHoldsItsText() {
        assertThat(Seed04.assertCellSpans(read)).isEqualTo(54 * 7);
    }

    @Test
    void aVerticallyMergedCellIsEmptyAndASpanningCellIsOne() throws IOException {
        try (XWPFDocument document = new XWPFDocument();
                var out = new ByteArrayOutputStream()) {
            XWPFTable table = document.createTable(2, 3);
            table.getRow(0).getCell(0).setText("STT");
            table.getRow(0).getCell(1).setText("Chỉ tiêu");
            table.getRow(0).getCell(2).setText("Đơn vị tính");
            table.getRow(0).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            XWPFTableCell continuation = table.getRow(1).getCell(0);
            continuation.getCTTc().addNewTcPr().addNewVMerge();
            table.getRow(1).removeCell(2);
            table.getRow(1).getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
            table.getRow(1).getCell(1).setText("CÁC CHỈ TIÊU VỀ MÔI TRƯỜNG");
            document.write(out);
            ReadDocument merged =
                    new DocxReader().read(tmp.resolve("merged.docx"), out.toByteArray(), ReadLimits.DEFAULT);
            assertThat(merged.text()).isEqualTo("STT\tChỉ tiêu\tĐơn vị tính\n\tCÁC CHỈ TIÊU VỀ MÔI TRƯỜNG");
        }
    }

    @Test
    void aZipBombIsRefusedWithItsReason() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] run = new byte[1 << 20];
            Arrays.fill(run, (byte) 'a');
            for (int i = 0; i < 20; i++) zip.write(run);
        }
        Path bomb = tmp.resolve("bomb.docx");
        Files.write(bomb, out.toByteArray());
        assertThat(Files.size(bomb)).isLessThan(100_000);
        assertThatThrownBy(() -> ReaderRegistry.standard().read(bomb, ReadLimits.DEFAULT))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("word/document.xml")
                .hasMessageContaining("zip bomb");
    }

    @Test
    void anArchiveLargerThanTheLimitIsRefused() {
        ReadLimits small = new ReadLimits(
                ReadLimits.DEFAULT.maxFileBytes(),
                ReadLimits.DEFAULT.maxPages(),
                ReadLimits.DEFAULT.maxTextChars(),
                20_000);
        assertThatThrownBy(() -> ReaderRegistry.standard().read(docx, small))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("more than the limit of 20000 bytes");
    }

    @Test
    void aTruncatedDocxIsRefused() throws IOException {
        byte[] whole = Files.readAllBytes(docx);
        for (int cut :
                IntStream.of(10, 50, 90, 99).map(p -> whole.length * p / 100).toArray())
            assertThatThrownBy(() -> new DocxReader().read(docx, Arrays.copyOf(whole, cut), ReadLimits.DEFAULT))
                    .isInstanceOf(UnreadableFileException.class)
                    .hasMessageContaining("truncated");
    }

    @Test
    void aTextFileRenamedDocxOrAZipThatIsNoWordDocumentIsRefused() throws IOException {
        assertThatThrownBy(() -> new DocxReader().read(docx, Files.readAllBytes(Seed04.FILE), ReadLimits.DEFAULT))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("not a zip archive");
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("không phải văn bản Word".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> new DocxReader().read(docx, out.toByteArray(), ReadLimits.DEFAULT))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("not a readable Word document");
    }

    /**
     * One paragraph per seed line and one table per run of tab-separated lines. "I." headings, "1." headings
     * and "- " recipients lose their number, which Word numbering gives back; the footnote hangs on the date.
     */
    static byte[] seedAsDocx(List<String> lines) throws IOException {
        try (XWPFDocument document = new XWPFDocument();
                var out = new ByteArrayOutputStream()) {
            XWPFNumbering numbering = document.createNumbering();
            BigInteger headings = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum(
                    1, level(0, STNumberFormat.UPPER_ROMAN, "%1."), level(1, STNumberFormat.DECIMAL, "%2.")))));
            BigInteger recipients = numbering.addNum(numbering.addAbstractNum(
                    new XWPFAbstractNum(abstractNum(2, level(0, STNumberFormat.BULLET, "-")))));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("\t")) {
                    int end = i;
                    while (end < lines.size() && lines.get(end).contains("\t")) end++;
                    table(document, lines.subList(i, end));
                    i = end - 1;
                    continue;
                }
                XWPFParagraph paragraph = document.createParagraph();
                String text = lines.get(i);
                Matcher m;
                if ((m = ROMAN_HEADING.matcher(text)).matches()) text = numbered(paragraph, headings, 0, m.group(2));
                else if ((m = DECIMAL_HEADING.matcher(text)).matches())
                    text = numbered(paragraph, headings, 1, m.group(2));
                else if ((m = RECIPIENT.matcher(text)).matches()) text = numbered(paragraph, recipients, 0, m.group(1));
                paragraph.createRun().setText(text);
                if (text.equals("Lào Cai, ngày 03 tháng 02 năm 2026")) {
                    XWPFFootnote footnote = document.createFootnote();
                    footnote.createParagraph().createRun().setText(FOOTNOTE);
                    paragraph.addFootnoteReference(footnote);
                }
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    private static String numbered(XWPFParagraph paragraph, BigInteger numId, int level, String text) {
        paragraph.setNumID(numId);
        paragraph.setNumILvl(BigInteger.valueOf(level));
        return text;
    }

    /** A real Word table; a cell holding " - " is written as two paragraphs split there. */
    private static void table(XWPFDocument document, List<String> rows) {
        XWPFTable table = document.createTable(rows.size(), 7);
        for (int r = 0; r < rows.size(); r++) {
            String[] cells = rows.get(r).split("\t", -1);
            for (int c = 0; c < cells.length; c++) {
                XWPFTableCell cell = table.getRow(r).getCell(c);
                int dash = cells[c].indexOf(" - ");
                cell.getParagraphs()
                        .getFirst()
                        .createRun()
                        .setText(dash < 0 ? cells[c] : cells[c].substring(0, dash + 2));
                if (dash >= 0) cell.addParagraph().createRun().setText(cells[c].substring(dash + 3));
            }
        }
    }

    private static CTAbstractNum abstractNum(int id, CTLvl... levels) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.valueOf(id));
        abstractNum.setLvlArray(levels);
        return abstractNum;
    }

    private static CTLvl level(int ilvl, STNumberFormat.Enum format, String text) {
        CTLvl level = CTLvl.Factory.newInstance();
        level.setIlvl(BigInteger.valueOf(ilvl));
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(text);
        return level;
    }
}
