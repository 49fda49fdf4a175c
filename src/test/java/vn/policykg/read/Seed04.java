package vn.policykg.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The seed of programme 04/CTr-UBND, from which the reader tests build their DOCX and HTML, and what to expect of it. */
final class Seed04 {

    static final Path FILE = Path.of("data/sources/lao-cai_ubnd_04-CTr-UBND_2026_thuc-hien-01-NQ-CP.txt");
    /** The appendix row for doctors per ten thousand people, cell by cell. */
    static final List<String> DOCTORS = List.of(
            "18",
            "Số bác sỹ trên một vạn dân",
            "Bác sỹ",
            "13",
            "UBND các xã/phường",
            "Sở Y tế",
            "Đồng chí Vũ Thị Hiền Hạnh - Phó Chủ tịch UBND tỉnh");

    private Seed04() {}

    static List<String> lines() throws IOException {
        return Files.readAllLines(FILE);
    }

    /** The seed's whitespace as every reader writes it: runs collapsed to one space, none at the ends. */
    static String clean(String line) {
        if (!line.contains("\t")) return line.replaceAll("\\s+", " ").strip();
        return String.join(
                "\t", Arrays.stream(line.split("\t", -1)).map(Seed04::clean).toList());
    }

    /** The doctors' row of the read appendix, after checking it holds {@link #DOCTORS}. */
    static ReadDocument.Row doctorsRow(ReadDocument read) {
        ReadDocument.Row doctors = read.tables().stream()
                .flatMap(t -> t.rows().stream())
                .filter(r -> r.cells().size() > 1 && r.cells().get(1).text().equals(DOCTORS.get(1)))
                .findFirst()
                .orElseThrow();
        assertThat(doctors.cells()).extracting(ReadDocument.Cell::text).containsExactlyElementsOf(DOCTORS);
        return doctors;
    }

    /** Every cell's span holds its text and every row's line is its cells joined by tabs; returns the number of cells. */
    static int assertCellSpans(ReadDocument read) {
        String[] lines = read.text().split("\n", -1);
        int cells = 0;
        for (ReadDocument.Table table : read.tables())
            for (ReadDocument.Row row : table.rows()) {
                assertThat(String.join(
                                "\t",
                                row.cells().stream()
                                        .map(ReadDocument.Cell::text)
                                        .toList()))
                        .isEqualTo(lines[row.line()]);
                for (ReadDocument.Cell cell : row.cells()) {
                    assertThat(read.text().substring(cell.start(), cell.end())).isEqualTo(cell.text());
                    cells++;
                }
            }
        return cells;
    }
}
