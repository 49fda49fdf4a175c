package vn.policykg.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines that belong to the publication, not to the document: the Official Gazette's running head
 * ("CÔNG BÁO/Số 851 + 852/Ngày 01-7-2025") and the page number beside it, the gazette's section label
 * ("VĂN BẢN QUY PHẠM PHÁP LUẬT"), the digital-signature block ("Người ký:", "Ký bởi:", "Email:",
 * "Cơ quan:", "Thời gian ký:", "Ngày ký:") and the continuation note "(Xem tiếp Công báo số …)".
 * One job: say which lines to leave out and why; the parsers skip them and keep every other character.
 */
public final class PageFurniture {

    /** Why a line was left out; the build report counts each kind. */
    public enum Kind {
        RUNNING_HEAD("gazette running head"),
        PAGE_NUMBER("page number"),
        SECTION_LABEL("gazette section label"),
        SIGNATURE("digital-signature block"),
        CONTINUED("continued in the next gazette issue");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private static final Pattern RUNNING_HEAD = Pattern.compile(
            "^\\s*(\\d{1,4}\\s+)?CÔNG BÁO/\\s?Số [\\d +]+/Ngày \\d{1,2}-\\d{1,2}-\\d{4}(\\s*\\d{1,4}){0,2}\\s*$");
    // (Some PDFs draw the page number twice beside the head: "… 28-02-2025 49 49".)
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*\\d{1,4}\\s*$");
    private static final Pattern SECTION_LABEL =
            Pattern.compile("^\\s*VĂN BẢN (QUY PHẠM PHÁP LUẬT|HỢP NHẤT|KHÁC)\\s*$");
    /** The first line of a signature block; the block's other lines follow it directly. */
    private static final Pattern SIGNATURE_START =
            Pattern.compile("^(Người ký|Ký bởi): .*(CÔNG BÁO|CỔNG THÔNG TIN|Cổng Thông tin|CHÍNH PHỦ).*$");

    private static final Pattern SIGNATURE_LINE = Pattern.compile("^(Email|Cơ quan|Thời gian ký|Ngày ký): .*$");
    private static final Pattern CONTINUED = Pattern.compile("^\\s*\\(Xem tiếp (theo )?Công báo số [\\d +]+\\)\\s*$");
    /** A page number stands within this many lines of its running head. */
    private static final int PAGE_NUMBER_REACH = 3;

    private PageFurniture() {}

    /** For each line, the kind of furniture it is, or null for the document's own words. */
    public static Kind[] classify(List<String> lines) {
        Kind[] kinds = new Kind[lines.size()];
        List<Integer> heads = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (RUNNING_HEAD.matcher(line).matches()) {
                kinds[i] = Kind.RUNNING_HEAD;
                heads.add(i);
            } else if (CONTINUED.matcher(line).matches()) {
                kinds[i] = Kind.CONTINUED;
            } else if (SIGNATURE_START.matcher(line).matches()) {
                kinds[i] = Kind.SIGNATURE;
                // "Người ký: Cổng Thông tin điện tử Chính" / "phủ": the signer's name may wrap once.
                if (i + 2 < lines.size()
                        && !SIGNATURE_LINE.matcher(lines.get(i + 1)).matches()
                        && SIGNATURE_LINE.matcher(lines.get(i + 2)).matches()) kinds[++i] = Kind.SIGNATURE;
                for (int j = i + 1;
                        j < lines.size() && SIGNATURE_LINE.matcher(lines.get(j)).matches();
                        j++) kinds[i = j] = Kind.SIGNATURE;
            }
        }
        for (int head : heads) {
            markNear(lines, kinds, head, -1);
            markNear(lines, kinds, head, +1);
        }
        return kinds;
    }

    /** The page number and section label that sit beside a running head, looking one way past blank lines and the signature block. */
    private static void markNear(List<String> lines, Kind[] kinds, int head, int step) {
        int seen = 0;
        for (int j = head + step; j >= 0 && j < lines.size() && seen < PAGE_NUMBER_REACH; j += step) {
            String line = lines.get(j);
            if (line.isBlank()) continue;
            seen++;
            if (kinds[j] == null && PAGE_NUMBER.matcher(line).matches()) {
                kinds[j] = Kind.PAGE_NUMBER; // one page number per head: a number after it is a table cell
                return;
            } else if (kinds[j] == null && SECTION_LABEL.matcher(line).matches()) kinds[j] = Kind.SECTION_LABEL;
            else if (kinds[j] == null) return;
        }
    }
}
