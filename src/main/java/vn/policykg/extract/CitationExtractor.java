package vn.policykg.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.policykg.source.Clause;
import vn.policykg.source.ClauseKind;
import vn.policykg.source.ParsedDocument;
import vn.policykg.vocab.DocumentType;

/**
 * Mentions of numbered documents, each one (a clause may name a document twice): "Nghị quyết số 42-NQ/TW ngày
 * 24/11/2023 của Ban Chấp hành Trung ương Đảng", "Quyết định số 176/QĐ-TTg", "Nghị quyết số 218/2025/QH15",
 * "Tờ trình số 04/TTr-BKHCN-BTTTT", "Đề án 08"; laws by name and number or by name and date ("Căn cứ Luật Tổ chức
 * Chính phủ ngày 19 tháng 6 năm 2015"); the document's own number in its header. Suffix errors the text itself
 * contradicts ("71-NQ/TU … của Bộ Chính trị") are corrected and the correction recorded; how the document stands
 * to each is {@link CitationRelations}'s.
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
            + "|Chương trình hành động|Chương trình|Đề án|Luật|Pháp lệnh|Nghị định|Thông tư|Hướng dẫn|Thông báo|Công văn"
            + "|Tờ trình|Báo cáo|văn bản";
    /**
     * Capitals of a number. Some gazette texts set Cyrillic look-alikes in them ("40/2026/NĐ-СР"); {@link #plain}
     * turns them into the Latin letters they stand for.
     */
    private static final String CAPITAL = "[A-ZĐАВЕКМНОРСТХ]";
    /** The rest of a part: "BNN&PTNT" (agriculture and rural development) is one ministry. */
    private static final String LETTERS = "[A-Za-zĐđАВЕКМНОРСТХ0-9&]*";
    /**
     * "57-NQ/TW", "68/2026/NĐ-CP", "83/BKHCN-BTTTT-VP". A gazette text breaks a line after a hyphen or around a
     * slash and the reading keeps a space there ("68/2026/NĐ- CP", "71- NQ/TW", "49-CT /TW", "100 /NQ-CP").
     */
    private static final String NUMBER = "\\d{1,5}\\s?-\\s?" + CAPITAL + LETTERS + "\\s?/\\s?" + CAPITAL + LETTERS
            + "|\\d{1,5}/\\d{4}/" + CAPITAL + LETTERS + "(?:-\\s?" + CAPITAL + LETTERS + ")*"
            + "|\\d{1,5}\\s?/\\s?" + CAPITAL + LETTERS + "(?:-\\s?" + CAPITAL + LETTERS + ")+";

    private static final Pattern MENTION = Pattern.compile(
            "(?uU)(?<type>(?i:" + TYPES + ")(?:\\s+liên tịch)?)(?:\\s+(?i:số))?\\s*(?<number>" + NUMBER + ")");
    /** Words that end a law's name: "Luật Giáo dục nghề nghiệp, có hiệu lực kể từ ngày …" dates the law's effect, not the law. */
    private static final String NAME_WORD = "(?!số\\s*\\d|ngày\\s+\\d|có hiệu lực|kể từ|được|đã\\b)[\\p{L}\\d]+";
    /**
     * A law or ordinance named before its number or date: "Luật Tổ chức Chính phủ số 63/2025/QH15", "Luật An toàn, vệ
     * sinh lao động số 84/2015/QH13", "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức
     * chính quyền địa phương ngày 22 tháng 11 năm 2019". The name is words, a comma only before a small letter (the
     * next law of a list starts with a capital) or, in an amending law's name, before the next law it amends ("Luật
     * sửa đổi, bổ sung một số điều của Luật Thuế thu nhập cá nhân, Luật Thuế giá trị gia tăng … số 09/2026/QH16"); the
     * number is one the National Assembly or its Standing Committee gives ("Luật Đất đai đã được sửa đổi, bổ sung bởi
     * Nghị định số 226/2025/NĐ-CP" names no law's number).
     */
    private static final Pattern NAMED_LAW = Pattern.compile(
            "(?uU)(?<type>Bộ luật|Luật|Pháp lệnh)(?<name>\\s+(?:"
                    + "sửa đổi, bổ sung(?:(?:\\s+|,\\s+(?=\\p{Ll}|(?:Bộ luật|Luật|Pháp lệnh)\\s))" + NAME_WORD + ")*?"
                    + "|\\p{Lu}[\\p{L}\\d]*(?:(?:\\s+|,\\s+(?=\\p{Ll}))" + NAME_WORD + ")*?))"
                    + "\\s+(?:số\\s*(?<number>\\d{1,4}/\\d{4}/(?:UBTV)?QH\\d+)|(?=ngày\\s+\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4}))");

    private static final Pattern AMENDED_AFTER = Pattern.compile("(?uU)\\s*(?:đã\\s+)?được sửa đổi");
    private static final Pattern INNER_LAW = Pattern.compile("(?uU)\\b(?:Bộ luật|Luật|Pháp lệnh)\\s+\\p{Lu}");
    /** "…, số 1518/BNG-NVVH ngày … và số 2265/BC-BNG-NVVH": one more number of the list the mention before opened. */
    private static final Pattern NEXT_IN_LIST =
            Pattern.compile("(?uU)^(?:,|;|\\s+và|,\\s+và)\\s*số\\s*(?<number>" + NUMBER + ")");
    /** "Nghị quyết số /NQ-CP": a draft caption with the number left blank. */
    private static final Pattern BLANK_NUMBER = Pattern.compile(
            "(?uU)(?<type>(?i:" + TYPES + "))\\s+số\\s+(?<number>/[A-ZĐ][A-Za-zĐđ]*-[A-ZĐ][A-Za-zĐđ0-9]*)");
    /** "Đề án 08", "Đề án (số 15)": schemes numbered in the province's list. */
    private static final Pattern NUMBERED_SCHEME =
            Pattern.compile("(?uU)Đề án\\s*(?:\\(số\\s*(?<n1>\\d{1,3})\\)|(?:số\\s*)?(?<n2>\\d{1,3})\\b)");
    /** The document's own number in its header: "Số: 03/NQ-CP", "Số 3260-KH/ĐĐQH15", "Nghị quyết số: 78/2025/UBTVQH15". */
    private static final Pattern SELF_HEADER = Pattern.compile(
            "(?muU)(?:^\\s*Số:?|\\bSố:|\\b(?:Luật|Bộ luật|Pháp lệnh|Nghị quyết) số:)\\s*(?<number>" + NUMBER + ")");

    private static final Pattern DATE = Pattern.compile(
            "(?iuU)^,?\\s*ngày\\s+(?:(\\d{1,2})/(\\d{1,2})/(\\d{4})|(\\d{1,2}) tháng (\\d{1,2}) năm (\\d{4}))");
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

    private static final Set<String> CENTRAL_PARTY_ISSUERS =
            Set.of("Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương Đảng");

    private CitationExtractor() {}

    private static final Pattern BASES_HEADING = Pattern.compile("(?iuU)\\bcăn cứ\\b");
    private static final Pattern OBJECTIVES_HEADING = Pattern.compile("(?iuU)^\\s*(?:[IVX]+\\.\\s*)?mục tiêu\\s*$");

    public static List<Citation> extract(ParsedDocument doc, Context context) {
        List<Citation> out = new ArrayList<>();
        Set<Clause> objectives = below(doc, SectionWalk.headed(OBJECTIVES_HEADING));
        Set<Clause> articles = below(doc, c -> c.kind() == ClauseKind.ARTICLE);
        CitationRelations relations = new CitationRelations(context.ownNumber());
        // inBases: below a heading listing the document's bases ("CĂN CỨ XÂY DỰNG ĐỀ ÁN"), not the heading itself.
        SectionWalk.walk(
                doc.clauses(),
                SectionWalk.headed(BASES_HEADING),
                (c, inside) -> new ClauseReading(
                                c,
                                inside && !SectionWalk.headed(BASES_HEADING).test(c),
                                objectives.contains(c),
                                articles.contains(c),
                                context,
                                relations)
                        .read(out));
        return out;
    }

    /** The clauses that {@code opens}, and those below them. */
    private static Set<Clause> below(ParsedDocument doc, Predicate<Clause> opens) {
        Set<Clause> inside = Collections.newSetFromMap(new IdentityHashMap<>());
        SectionWalk.walk(doc.clauses(), opens, (c, in) -> {
            if (in) inside.add(c);
        });
        return inside;
    }

    /** The mentions of one clause. */
    private record ClauseReading(
            Clause c,
            boolean inBases,
            boolean inObjectives,
            boolean inArticle,
            Context ctx,
            CitationRelations relations) {

        void read(List<Citation> out) {
            String text = c.text();
            List<Citation> found = new ArrayList<>();
            Matcher self = SELF_HEADER.matcher(text);
            if (c.kind() == ClauseKind.PREFACE && self.find()) { // "Số: 04 /CTr-UBND" in the header
                String number = plain(self.group("number"));
                relations.ownNumberFromHeader(number);
                String type = ctx.ownType() != null
                        ? ctx.ownType()
                        : DocumentType.ofNumber(number).map(DocumentType::word).orElse(null);
                if (type != null)
                    add(found, type, self.group("number"), null, self.start("number"), self.end("number"));
            }
            // Named laws first: "Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15" also ends in "luật số …".
            Matcher law = NAMED_LAW.matcher(text);
            while (law.find()) {
                String number = law.group("number") == null ? "" : law.group("number");
                int end = law.group("number") == null ? law.end("name") : law.end();
                int start = law.start();
                // "Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế số 25/2008/QH12 đã được sửa đổi …": the
                // number
                // that has been amended before is the inner law's.
                if (!number.isEmpty()
                        && law.group("name").strip().startsWith("sửa đổi")
                        && AMENDED_AFTER
                                .matcher(text)
                                .region(end, text.length())
                                .lookingAt()) {
                    Matcher inner = INNER_LAW.matcher(text).region(law.start() + 1, law.end("name"));
                    while (inner.find()) start = inner.start();
                }
                String type = law.group("type").equals("Pháp lệnh") ? "Pháp lệnh" : "Luật";
                String name = text.substring(start, law.end("name"))
                        .replaceAll("\\s+", " ")
                        .stripTrailing();
                addWithList(found, type, number, name, start, end);
            }
            // Every number these two read holds a slash: a clause without one is not scanned (the two scans were a
            // sixth of assembling the seeds).
            if (text.indexOf('/') >= 0) {
                Matcher m = MENTION.matcher(text);
                while (m.find())
                    addWithList(
                            found,
                            canonicalType(m.group("type"), m.group("number")),
                            m.group("number"),
                            null,
                            m.start(),
                            m.end());
                Matcher blank = BLANK_NUMBER.matcher(text);
                while (blank.find())
                    add(
                            found,
                            canonicalType(blank.group("type"), blank.group("number")),
                            blank.group("number"),
                            null,
                            blank.start(),
                            blank.end());
            }
            Matcher scheme = NUMBERED_SCHEME.matcher(text);
            while (scheme.find()) {
                String n = scheme.group("n1") != null ? scheme.group("n1") : scheme.group("n2");
                add(found, "Đề án", n, null, scheme.start(), scheme.end());
            }
            found.sort(Comparator.comparingInt(Citation::from));
            shareIssuers(text, found, ctx);
            out.addAll(found);
        }

        /** Adds a mention and the numbers that continue its list ("văn bản số 364/TTr-BNG-NVVH …, số 1518/BNG-NVVH"). */
        private void addWithList(
                List<Citation> found, String type, String written, String name, int from, int numberEnd) {
            Citation last = add(found, type, written, name, from, numberEnd);
            while (last != null) {
                Matcher next = NEXT_IN_LIST
                        .matcher(c.text())
                        .region(last.to(), c.text().length());
                if (!next.lookingAt()) return;
                String number = next.group("number");
                // The kind carries over, unless the number's own code names another ("…/TTr-…, số 1518/BNG-NVVH" is a
                // letter).
                String nextType = DocumentType.ofNumber(plain(number))
                        .map(DocumentType::word)
                        .orElse(DocumentType.ofNumber(last.number()).isPresent() ? "Công văn" : last.type());
                last = add(found, nextType, number, null, next.start("number"), next.end("number"));
            }
        }

        /** Reads the date and issuer after a number and adds the mention, unless another mention already covers it. */
        private Citation add(List<Citation> found, String type, String written, String name, int from, int numberEnd) {
            if (found.stream()
                    .anyMatch(f -> f.from() <= from && from < f.to() || from <= f.from() && f.from() < numberEnd))
                return null;
            String text = c.text();
            String number = plain(written);
            LocalDate date = null;
            int end = numberEnd;
            Matcher d = DATE.matcher(text).region(end, text.length());
            if (d.lookingAt()) {
                date = d.group(1) != null
                        ? date(d.group(1), d.group(2), d.group(3))
                        : date(d.group(4), d.group(5), d.group(6));
                end = d.end();
            }
            if (number.isEmpty() && date == null) return null; // "Luật Dữ liệu": a name alone does not say which text
            Matcher headerDate = HEADER_DATE.matcher(text).region(end, text.length());
            if (date == null && headerDate.lookingAt()) {
                Matcher hd = DATE.matcher(text).region(headerDate.start(1), text.length());
                if (hd.lookingAt())
                    date = hd.group(1) != null
                            ? date(hd.group(1), hd.group(2), hd.group(3))
                            : date(hd.group(4), hd.group(5), hd.group(6));
            }
            String issuer = null;
            Matcher i = ISSUER.matcher(text).region(end, text.length());
            if (i.lookingAt()) {
                issuer = canonicalIssuer(i.group("issuer"), ctx);
                end = i.end();
            } else {
                Matcher before = ISSUER_BEFORE.matcher(text).region(0, from);
                if (before.find()) issuer = canonicalIssuer(before.group("issuer"), ctx);
            }
            String correction = null;
            if (issuer != null && CENTRAL_PARTY_ISSUERS.contains(issuer) && number.endsWith("/TU")) {
                String fixed = number.substring(0, number.length() - 3) + "/TW";
                correction = "written " + number + ", but issued by " + issuer + ", which numbers its documents /TW";
                number = fixed;
            }
            if (issuer != null
                    && CENTRAL_PARTY_ISSUERS.contains(issuer)
                    && type.equals("Nghị quyết")
                    && number.matches("\\d+-KH/TW")) {
                String fixed = number.replace("-KH/", "-NQ/");
                correction = (correction == null ? "" : correction + "; ") + "written " + number
                        + " for a Nghị quyết of " + issuer;
                number = fixed;
            }
            String uncertain = null;
            if (type.equals("Nghị quyết") && number.matches("\\d+-KL/.*"))
                uncertain = "a Nghị quyết with a Kết luận number (" + number
                        + "): the text does not say which document is meant";
            if (issuer != null && !issuerFits(number, issuer))
                issuer =
                        null; // "… Nghị quyết số 42-NQ/TW, Tỉnh ủy Lào Cai ban hành …": the body after the comma is the
            // next subject
            boolean issuerStated = issuer != null;
            if (issuer == null) issuer = issuerFromSuffix(number, ctx);
            String jurisdiction = jurisdictionOf(type, number, issuer, ctx);
            Citation.Relation relation = relations.of(c, inBases, inObjectives, inArticle, from, number);
            Citation cited = new Citation(
                    c,
                    type,
                    written,
                    number,
                    name,
                    date,
                    issuer,
                    issuerStated,
                    jurisdiction,
                    relation,
                    correction,
                    uncertain,
                    from,
                    end);
            found.add(cited);
            return cited;
        }
    }

    /** A number as written without the spaces a line break left and with Latin letters for Cyrillic look-alikes. */
    private static String plain(String written) {
        StringBuilder out = new StringBuilder();
        for (char ch : written.replaceAll("\\s+", "").toCharArray()) {
            int cyrillic = "АВЕКМНОРСТХ".indexOf(ch);
            out.append(cyrillic < 0 ? ch : "ABEKMHOPCTX".charAt(cyrillic));
        }
        return out.toString();
    }

    /** The type word as a sentence writes it ("NGHỊ QUYẾT" → "Nghị quyết"); "văn bản số …" takes the kind its number names. */
    private static String canonicalType(String t, String number) {
        if (t.equalsIgnoreCase("văn bản"))
            return DocumentType.ofNumber(plain(number)).map(DocumentType::word).orElse("Công văn");
        String s = DocumentType.ofWord(t)
                .map(DocumentType::word)
                .orElse(t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1));
        return s.equals("Kêt luận") ? "Kết luận" : s;
    }

    private static String canonicalIssuer(String issuer, Context ctx) {
        String s = issuer.replaceAll("^Hội nghị lần thứ \\S+ ", "").replaceAll(" khóa [XVILC]+$", "");
        s = s.replace("UBND", "Ủy ban nhân dân").replace("HĐND", "Hội đồng nhân dân");
        if (s.startsWith("Ban Chấp hành Trung ương")) return "Ban Chấp hành Trung ương Đảng";
        if (s.startsWith("Ban Bí thư")) return "Ban Bí thư";
        if (s.startsWith("Ban Chấp hành Đảng bộ tỉnh") || s.startsWith("Tỉnh ủy"))
            return "Tỉnh ủy " + ctx.provinceName();
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
            if (item.issuer() != null || next.issuer() == null || !next.issuerStated()) continue;
            if (!LIST_GAP.matcher(text.substring(item.to(), next.from())).matches()
                    || !issuerFits(item.number(), next.issuer())) continue;
            found.set(
                    k, item.withIssuer(next.issuer(), jurisdictionOf(item.type(), item.number(), next.issuer(), ctx)));
        }
    }

    /**
     * Whether a body can have issued a document with this number: a /TW number is the Party centre's, -CP the
     * Government's, -TTg the Prime Minister's, /QH15 the National Assembly's ("thực hiện Nghị quyết số 42-NQ/TW,
     * Nghị quyết số 68/NQ-CP … của Chính phủ" does not make 42-NQ/TW the Government's).
     */
    private static boolean issuerFits(String number, String issuer) {
        if (number.endsWith("/TW")) return CENTRAL_PARTY_ISSUERS.contains(issuer);
        if (number.endsWith("-CP")) return issuer.equals("Chính phủ");
        if (number.endsWith("-TTg")) return issuer.equals("Thủ tướng Chính phủ");
        if (number.matches(".*/QH\\d+")) return issuer.equals("Quốc hội");
        return true;
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
        if (number.matches(".*(/TU|-UBND|-HĐND|/ĐH)$") || number.matches("\\d+-CTr/TU")) return ctx.jurisdiction();
        if (number.matches("\\d{1,3}") && type.equals("Đề án")) return ctx.jurisdiction();
        if (issuer != null && issuer.endsWith(ctx.provinceName())) return ctx.jurisdiction();
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
