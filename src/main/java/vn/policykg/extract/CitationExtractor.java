package vn.policykg.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.policykg.source.Clause;
import vn.policykg.source.ClauseKind;
import vn.policykg.source.ParsedDocument;

/**
 * Mentions of numbered documents: "Nghị quyết số 42-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung
 * ương Đảng", "Quyết định số 176/QĐ-TTg", "Nghị quyết số 218/2025/QH15", "Đề án 08". Suffix errors the
 * text itself contradicts ("71-NQ/TU … của Bộ Chính trị") are corrected and the correction recorded.
 */
public final class CitationExtractor {

    /**
     * What the extractor needs to know about the citing document.
     *
     * @param ownNumber  its own number, or null when it has none
     * @param ownType    its type word ("Chương trình hành động"), for the "Số: …" line of its header
     */
    public record Context(String jurisdiction, String provinceName, String ownNumber, String ownType) {}

    private static final String TYPES = "Nghị quyết|Kế hoạch|Chỉ thị|Kết luận|Kêt luận|Quyết định|Quy định"
        + "|Chương trình hành động|Chương trình|Đề án|Luật|Pháp lệnh|Nghị định|Thông tư|Hướng dẫn|Thông báo|Công văn";
    private static final String NUMBER = "\\d{1,4}\\s?-\\s?[A-ZĐ][A-Za-zĐđ]*/[A-ZĐ][A-ZĐ0-9]*"
        + "|\\d{1,4}/\\d{4}/[A-ZĐ][A-Za-zĐđ0-9]*(?:-[A-ZĐ][A-ZĐa-z0-9]*)?"
        + "|\\d{1,4}\\s?/\\s?[A-ZĐ][A-Za-zĐđ]*-[A-ZĐ][A-Za-zĐđ0-9]*";
    private static final Pattern MENTION = Pattern.compile(
        "(?uU)(?<type>(?i:" + TYPES + "))(?:\\s+(?:liên tịch\\s+)?số)?\\s*(?<number>" + NUMBER + ")");
    /** "Đề án 08", "Đề án (số 15)": schemes numbered in the province's list. */
    private static final Pattern NUMBERED_SCHEME = Pattern.compile("(?uU)Đề án\\s*(?:\\(số\\s*(?<n1>\\d{1,3})\\)|(?:số\\s*)?(?<n2>\\d{1,3})\\b)");
    private static final Pattern SELF_HEADER = Pattern.compile("(?uU)^Số:\\s*(?<number>" + NUMBER + ")");
    private static final Pattern DATE = Pattern.compile(
        "(?uU)^,?\\s*ngày\\s+(?:(\\d{1,2})/(\\d{1,2})/(\\d{4})|(\\d{1,2}) tháng (\\d{1,2}) năm (\\d{4}))");
    private static final Pattern ISSUER = Pattern.compile(
        "(?uU)^,?\\s*(?:của\\s+)?(?<issuer>(?:Hội nghị lần thứ \\S+ )?Ban Chấp hành Trung ương(?: Đảng)?(?: khóa [XVILC]+)?"
        + "|Bộ Chính trị|Ban Bí thư(?: Trung ương Đảng)?|Thủ tướng Chính phủ|Chính phủ|Quốc hội"
        + "|Ban Thường vụ Tỉnh ủy|Ban Chấp hành Đảng bộ tỉnh(?: Lào Cai| Yên Bái| Lai Châu)?|Tỉnh ủy(?: Lào Cai| Yên Bái| Lai Châu)?"
        + "|Hội đồng nhân dân tỉnh|Ủy ban nhân dân tỉnh|UBND tỉnh|HĐND tỉnh"
        + "|Đại hội đại biểu Đảng bộ tỉnh(?: Lào Cai| Yên Bái| Lai Châu)?(?: lần thứ [XVI]+)?)");
    /** "Bộ Chính trị đã ban hành Nghị quyết số …": the issuer stands before the mention. */
    private static final Pattern ISSUER_BEFORE = Pattern.compile(
        "(?uU)(?<issuer>Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương Đảng(?: khóa [XVILC]+)?|Chính phủ|Thủ tướng Chính phủ|Quốc hội)"
        + "\\s+(?:đã\\s+)?ban hành\\s*$");
    /** The line after "Số: …" in a header: "Lào Cai, ngày 03 tháng 02 năm 2026". */
    private static final Pattern HEADER_DATE = Pattern.compile("(?uU)^\\s*\\n[^\\n,]*,\\s*(ngày .*)");
    /** Items of one list: "Nghị quyết số 42-NQ/TW, Kế hoạch số 19-KH/TW của …" share the issuer that ends it. */
    private static final Pattern LIST_GAP = Pattern.compile("(?uU)^(?:,|;|\\s+và|,\\s+và)\\s*$");
    private static final Set<String> CENTRAL_PARTY_ISSUERS = Set.of("Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương Đảng");

    private CitationExtractor() {}

    private static final Pattern BASES_HEADING = Pattern.compile("(?iuU)\\bcăn cứ\\b");

    public static List<Citation> extract(ParsedDocument doc, Context context) {
        List<Citation> out = new ArrayList<>();
        // inBases: below a heading listing the document's bases ("CĂN CỨ XÂY DỰNG ĐỀ ÁN"), not the heading itself.
        Sections.walk(doc.clauses(), Sections.headed(BASES_HEADING),
                      (c, inside) -> extract(c, inside && !Sections.headed(BASES_HEADING).test(c), context, out));
        return out;
    }

    private static void extract(Clause c, boolean inBases, Context ctx, List<Citation> out) {
        String text = c.text();
        List<Citation> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Matcher self = SELF_HEADER.matcher(text);
        if (self.find() && ctx.ownType() != null)   // "Số: 04 /CTr-UBND" in the header
            add(c, inBases, ctx, found, seen, ctx.ownType(), self.group("number"), self.start("number"), self.end("number"));
        Matcher m = MENTION.matcher(text);
        while (m.find())
            add(c, inBases, ctx, found, seen, canonicalType(m.group("type")), m.group("number"), m.start(), m.end());
        Matcher scheme = NUMBERED_SCHEME.matcher(text);
        while (scheme.find()) {
            String n = scheme.group("n1") != null ? scheme.group("n1") : scheme.group("n2");
            int at = scheme.start();
            if (found.stream().noneMatch(f -> f.from() <= at && at < f.to()))
                add(c, inBases, ctx, found, seen, "Đề án", n, scheme.start(), scheme.end());
        }
        found.sort(java.util.Comparator.comparingInt(Citation::from));
        shareIssuers(text, found, ctx);
        out.addAll(found);
    }

    /** Reads the date and issuer after a number and adds the mention, once per document and clause. */
    private static void add(Clause c, boolean inBases, Context ctx, List<Citation> out, Set<String> seen,
                            String type, String written, int from, int numberEnd) {
        String text = c.text();
        String number = written.replaceAll("\\s+", "");
        LocalDate date = null;
        int end = numberEnd;
        Matcher d = DATE.matcher(text).region(end, text.length());
        if (d.lookingAt()) {
            date = d.group(1) != null ? date(d.group(1), d.group(2), d.group(3)) : date(d.group(4), d.group(5), d.group(6));
            end = d.end();
        }
        Matcher headerDate = HEADER_DATE.matcher(text).region(end, text.length());
        if (date == null && headerDate.lookingAt()) {
            Matcher hd = DATE.matcher(text).region(headerDate.start(1), text.length());
            if (hd.lookingAt())
                date = hd.group(1) != null ? date(hd.group(1), hd.group(2), hd.group(3)) : date(hd.group(4), hd.group(5), hd.group(6));
        }
        String issuer = null;
        Matcher i = ISSUER.matcher(text).region(end, text.length());
        if (i.lookingAt()) {
            issuer = canonicalIssuer(i.group("issuer"), ctx);
            end = i.end();
        } else {
            Matcher before = ISSUER_BEFORE.matcher(text).region(0, from);
            if (before.find())
                issuer = canonicalIssuer(before.group("issuer"), ctx);
        }
        String correction = null;
        if (issuer != null && CENTRAL_PARTY_ISSUERS.contains(issuer) && number.endsWith("/TU")) {
            String fixed = number.substring(0, number.length() - 3) + "/TW";
            correction = "written " + number + ", but issued by " + issuer + ", which numbers its documents /TW";
            number = fixed;
        }
        if (issuer != null && CENTRAL_PARTY_ISSUERS.contains(issuer) && type.equals("Nghị quyết") && number.matches("\\d+-KH/TW")) {
            String fixed = number.replace("-KH/", "-NQ/");
            correction = (correction == null ? "" : correction + "; ") + "written " + number + " for a Nghị quyết of " + issuer;
            number = fixed;
        }
        String uncertain = null;
        if (type.equals("Nghị quyết") && number.matches("\\d+-KL/.*"))
            uncertain = "a Nghị quyết with a Kết luận number (" + number + "): the text does not say which document is meant";
        boolean issuerStated = issuer != null;
        if (issuer == null)
            issuer = issuerFromSuffix(number, ctx);
        String jurisdiction = jurisdictionOf(type, number, issuer, ctx);
        if (!seen.add(number + "|" + type))
            return;
        Citation.Relation relation = relation(c, inBases, text, from, number, ctx);
        out.add(new Citation(c, type, written, number, date, issuer, issuerStated, jurisdiction, relation, correction, uncertain, from, end));
    }

    private static Citation.Relation relation(Clause c, boolean inBases, String text, int at, String number, Context ctx) {
        if (number.equals(ctx.ownNumber()))
            return Citation.Relation.SELF;
        String before = sentenceBefore(text, at);
        if (before.matches("(?su).*\\bban hành theo\\s*$"))
            return Citation.Relation.ISSUED_UNDER;
        boolean front = c.kind() == ClauseKind.PREFACE || c.kind() == ClauseKind.PREAMBLE || c.kind() == ClauseKind.CONCLUSIONS;
        String lower = before.toLowerCase(Locale.ROOT);
        if (front && (lower.contains("thực hiện") || c.kind() == ClauseKind.PREFACE))
            return Citation.Relation.IMPLEMENTS;
        if (lower.startsWith("căn cứ") || lower.startsWith("bám sát") || (inBases && before.isEmpty()))
            return Citation.Relation.BASED_ON;
        return Citation.Relation.CITES;
    }

    /** The text of the sentence before position {@code at}: from the last '.' or line break. */
    private static String sentenceBefore(String text, int at) {
        int start = Math.max(text.lastIndexOf(". ", at), text.lastIndexOf('\n', at));
        return text.substring(start < 0 ? 0 : start + 1, at).strip();
    }

    private static String canonicalType(String t) {
        String s = t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
        return s.equals("Kêt luận") ? "Kết luận" : s;
    }

    private static String canonicalIssuer(String issuer, Context ctx) {
        String s = issuer.replaceAll("^Hội nghị lần thứ \\S+ ", "").replaceAll(" khóa [XVILC]+$", "");
        s = s.replace("UBND", "Ủy ban nhân dân").replace("HĐND", "Hội đồng nhân dân");
        if (s.startsWith("Ban Chấp hành Trung ương")) return "Ban Chấp hành Trung ương Đảng";
        if (s.startsWith("Ban Bí thư")) return "Ban Bí thư";
        if (s.startsWith("Ban Chấp hành Đảng bộ tỉnh") || s.startsWith("Tỉnh ủy")) return "Tỉnh ủy " + ctx.provinceName();
        if (s.startsWith("Đại hội đại biểu Đảng bộ tỉnh")) return "Đại hội đại biểu Đảng bộ tỉnh " + ctx.provinceName();
        if (s.equals("Hội đồng nhân dân tỉnh") || s.equals("Ủy ban nhân dân tỉnh")) return s + " " + ctx.provinceName();
        return s;
    }

    /**
     * Gives each mention of a list without an issuer the issuer stated after the list's last item
     * ("Quy định số 131-QĐ/TW ngày 27/10/2023, Quy định số 189-QĐ/TW … của Bộ Chính trị").
     */
    private static void shareIssuers(String text, List<Citation> found, Context ctx) {
        for (int k = found.size() - 2; k >= 0; k--) {
            Citation item = found.get(k), next = found.get(k + 1);
            if (item.issuer() != null || next.issuer() == null || !next.issuerStated())
                continue;
            if (!LIST_GAP.matcher(text.substring(item.to(), next.from())).matches())
                continue;
            found.set(k, item.withIssuer(next.issuer(), jurisdictionOf(item.type(), item.number(), next.issuer(), ctx)));
        }
    }

    private static String issuerFromSuffix(String number, Context ctx) {
        if (number.endsWith("-UBND")) return "Ủy ban nhân dân tỉnh " + ctx.provinceName();
        if (number.endsWith("-HĐND")) return "Hội đồng nhân dân tỉnh " + ctx.provinceName();
        if (number.endsWith("-CP")) return "Chính phủ";
        if (number.endsWith("-TTg")) return "Thủ tướng Chính phủ";
        if (number.matches(".*/QH\\d+")) return "Quốc hội";
        if (number.endsWith("/TU")) return "Tỉnh ủy " + ctx.provinceName();
        return null;
    }

    private static String jurisdictionOf(String type, String number, String issuer, Context ctx) {
        if (number.matches(".*(/TU|-UBND|-HĐND|/ĐH)$") || number.matches("\\d+-CTr/TU"))
            return ctx.jurisdiction();
        if (number.matches("\\d{1,3}") && type.equals("Đề án"))
            return ctx.jurisdiction();
        if (issuer != null && issuer.endsWith(ctx.provinceName()))
            return ctx.jurisdiction();
        return "vn";
    }

    private static LocalDate date(String d, String m, String y) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
