package vn.policykg.web.workbench;

import java.util.List;
import java.util.Map;

/** CSV as RFC 4180 writes it: CRLF line ends, a field quoted when it holds a comma, quote or line break. */
final class CsvWriter {

    /** The byte order mark that makes Excel read the file as UTF-8 rather than the system code page. */
    static final String BOM = "\uFEFF";

    private CsvWriter() {}

    /** A header row of {@code columns}, then one row per map; list values are joined with "; ". */
    static String write(List<String> columns, List<Map<String, Object>> rows) {
        StringBuilder out = new StringBuilder();
        row(out, columns);
        for (Map<String, Object> r : rows)
            row(out, columns.stream().map(c -> cell(r.get(c))).toList());
        return out.toString();
    }

    private static String cell(Object value) {
        if (value == null) return "";
        if (value instanceof List<?> list)
            return String.join("; ", list.stream().map(String::valueOf).toList());
        return value.toString();
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.append(',');
            out.append(field(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String field(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0)
            return text;
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
