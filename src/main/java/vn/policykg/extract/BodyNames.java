package vn.policykg.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.policykg.analysis.ToneMarks;

/**
 * Body names: splitting a written list into single bodies, and the canonical spelling of each, so that
 * "UBND tỉnh" and "Ủy ban nhân dân tỉnh", "Văn hoá" and "Văn hóa" name one body.
 */
public final class BodyNames {

    /** Names that contain a comma or "và" themselves, so a list must not be cut inside them. */
    private static final Pattern WHOLE_NAMES = Pattern.compile(
            "(?iuU)(?:Ủy ban nhân dân|UBND|Uỷ ban nhân dân|đảng ủy|đảng uỷ) các (?:xã[,/] ?phường(?:, đặc khu)?|tỉnh, thành phố(?: trực thuộc [Tt]rung ương)?)"
                    + "|các sở,? ban,? ngành(?:,? đoàn thể)?(?: tỉnh)?|các sở,? ngành(?: tỉnh)?|các cấp ủy, tổ chức [Đđ]ảng"
                    + "|các cơ quan, đơn vị(?: liên quan)?|các cơ quan, địa phương|các ngành, các cấp|các bộ, cơ quan ngang bộ(?:, cơ quan thuộc Chính phủ)?"
                    + "|(?:Sở|Bộ) (?:Văn (?:hóa|hoá), Thể thao và Du lịch|Lao động ?[-–,] ?Thương binh và Xã hội|Khoa học và Công nghệ"
                    + "|Nông nghiệp và Môi trường|Nông nghiệp và Phát triển nông thôn|Tài nguyên và Môi trường|Giáo dục và Đào tạo"
                    + "|Dân tộc và Tôn giáo|Thông tin và Truyền thông|Kế hoạch và Đầu tư)|Ban Tuyên giáo và Dân vận"
                    + "|Thường trực Hội đồng Dân tộc, các Ủy ban của Quốc hội"
                    + "|Ủy ban (?:Tài chính, Ngân sách|Văn (?:hóa|hoá), Giáo dục(?:, Thanh niên, Thiếu niên và Nhi đồng)?|Khoa học, Công nghệ và Môi trường)"
                    + "|Báo và Phát thanh, Truyền hình");
    /**
     * A comma with no space after it is inside an abbreviation ("Ủy ban KH,CN&MT") unless a capitalised word follows,
     * as where a table cell lost its space ("Bộ Lao động - Thương binh và Xã hội,Thanh tra Chính phủ").
     */
    private static final Pattern SEPARATOR =
            Pattern.compile("\\s*(?:(?:,(?=\\s|$|\\p{Lu}\\p{Ll})|;)\\s*(?:và\\s+)?|\\s+và\\s+)");
    /** Words a body name starts with; anything else in a list is not a body (it is the task's verb). */
    private static final Pattern BODY_HEAD = Pattern.compile(
            "(?iuU)^(?:các |những )?(?:sở|ban|ủy ban|uỷ ban|ubnd|ubmttq|đảng ủy|đảng uỷ|đảng đoàn|thanh tra|công an|bảo hiểm"
                    + "|ngân hàng|hải quan|thuế|viện|tòa án|toà án|bộ chỉ huy|văn phòng|trung tâm|hội đồng|mặt trận|liên đoàn|hội|đoàn"
                    + "|tỉnh ủy|tỉnh uỷ|tỉnh đoàn|cơ quan|đơn vị|ngành|cấp ủy|cấp uỷ|chủ đầu tư|chính phủ|bộ|huyện ủy|thành ủy|xã(?! hội)|phường"
                    + "|địa phương|tổ chức (?:đảng|chính trị|cơ sở đảng|hội|đoàn thể)|thống kê|kho bạc|đài|báo|trường|thông tấn xã|kiểm toán|tổng liên đoàn"
                    // Party cells and office holders of Party plans: "Tổ đảng ở Thường trực Ủy ban …", "Chủ nhiệm Văn
                    // phòng Quốc hội"
                    + "|tổ đảng|chi bộ|đảng bộ|thường trực|thành viên|tổ trưởng|chủ nhiệm|trưởng đoàn|đại biểu"
                    + "|lãnh đạo (?=(?:các )?(?:ban|bộ|cơ quan|sở|ủy ban|uỷ ban|văn phòng|đơn vị)\\b)"
                    + "|(?-i:[A-ZĐ]{2,}(?!\\s+\\p{Lu}{2})))\\b"); // an acronym ("VTV", "TTXVN"), not a heading in
    // capitals
    /** A kind of body without a name ("ngành", "địa phương"): after a collective mention it continues that mention. */
    private static final Pattern GENERIC_NOUN = Pattern.compile(
            "(?iuU)(?:các\\s+)?(?:bộ|ngành|địa phương|cấp|đoàn thể|cơ quan|đơn vị|sở|ban|tổ chức|doanh nghiệp)(?:\\s+(?:có\\s+)?(?:liên quan|hữu quan))?");
    /** A list of kinds without a name ("Các sở, ban", "Bộ"), which a further kind continues. */
    private static final Pattern GENERIC_LIST = Pattern.compile(GENERIC_NOUN.pattern() + "(?:(?:\\s*,\\s*|\\s+và\\s+)"
            + GENERIC_NOUN.pattern().substring(6) + ")*");

    private static final Pattern COLLECTIVE = Pattern.compile(
            "(?iuU)^(?:các|những)\\s|\\bcác (?:xã|phường|huyện|tỉnh|sở|cấp|bộ|cơ quan|đơn vị|ban|ủy ban|uỷ ban)\\b"
                    // a kind of body without a name: "ngành liên quan", "Địa phương", "Bộ" in "Bộ, ngành, địa phương"
                    + "|^(?:bộ|ngành|địa phương|cơ quan|đơn vị|đoàn thể)(?: (?:có )?(?:liên quan|hữu quan))?$");
    /** A provincial body's name ends at "tỉnh" unless a proper name follows: "Ủy ban nhân dân tỉnh cụ thể hóa …". */
    private static final Pattern AFTER_PROVINCE = Pattern.compile("(?uU)(?<=\\stỉnh)\\s+\\p{Ll}");

    private static final Pattern PARENTHESISED = Pattern.compile("\\s*\\([^)]*\\)");
    /** Where the words after a body's name begin ("… 04 xã biên giới thực hiện"). */
    private static final Pattern TRAILING_VERB = Pattern.compile(
            "\\s+(?:thực hiện|chỉ đạo|tham mưu|triển khai|tổ chức|hướng dẫn|xây dựng|rà soát|đôn đốc|theo dõi|chủ động|phối hợp|chủ trì|có trách nhiệm|tăng cường|nghiên cứu|giúp)\\b.*$");

    /** A second "Bộ X" inside a piece that names a ministry, where a list lacks its comma; "Bộ Đội Biên phòng" is no ministry. */
    private static final Pattern SECOND_MINISTRY =
            Pattern.compile("(?uU)(?<=^Bộ \\p{Lu}.{0,60})\\sBộ (?!Đội)(?=\\p{Lu})");

    private BodyNames() {}

    /** The canonical spelling: NFC, abbreviations spelled out, one tone placement, no "(NHNN)" asides. */
    public static String canonical(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFC).strip();
        s = PARENTHESISED.matcher(s).replaceAll("");
        s = s.replaceAll("\\bUBND\\b", "Ủy ban nhân dân")
                .replaceAll("\\bUBMTTQ\\b", "Ủy ban Mặt trận Tổ quốc")
                .replaceAll("\\bMTTQ\\b", "Mặt trận Tổ quốc")
                .replaceAll("\\bVN\\b", "Việt Nam")
                .replace("xã/phường", "xã, phường")
                .replace("Hải Quan", "Hải quan");
        s = ToneMarks.modern(s);
        return s.replaceAll("\\s+", " ").replaceAll("[\\s:,.;]+$", "");
    }

    /** A key for comparing names: canonical, lower case. */
    public static String key(String name) {
        return canonical(name).toLowerCase(Locale.ROOT);
    }

    public static boolean isCollective(String canonical) {
        return COLLECTIVE.matcher(canonical).find();
    }

    public static boolean looksLikeBody(String text) {
        return BODY_HEAD.matcher(text.strip()).find();
    }

    /**
     * Splits {@code text[from, to)} into body mentions. Stops at the first piece that does not look
     * like a body, so "X phối hợp với Y, Z tổ chức …" keeps only Y and Z.
     */
    public static List<BodyMention> split(String text, int from, int to) {
        String part = text.substring(from, to);
        // Whole names are shielded (their letters and separators hidden) while the list is cut;
        // tone placement does not change lengths, so positions in the modern spelling are positions in part.
        char[] shielded = part.toCharArray();
        Matcher whole = WHOLE_NAMES.matcher(ToneMarks.modern(part));
        while (whole.find()) Arrays.fill(shielded, whole.start(), whole.end(), 'x');
        String cuttable = new String(shielded);
        List<BodyMention> out = new ArrayList<>();
        int start = 0;
        Matcher sep = SEPARATOR.matcher(cuttable);
        while (true) {
            boolean more = sep.find();
            // "Bộ Thông tin và Truyền thông": a bare "và" joins the words of one name unless a body's name follows it.
            while (more
                    && !sep.group().contains(",")
                    && !sep.group().contains(";")
                    && !BODY_HEAD.matcher(part.substring(sep.end())).find()) more = sep.find();
            int end = more ? sep.start() : part.length();
            if (!addPiece(part, cuttable, start, end, from, out)) break;
            if (!more) break;
            start = sep.end();
        }
        return out;
    }

    private static boolean addPiece(
            String part, String cuttable, int start, int end, int offset, List<BodyMention> out) {
        String raw = part.substring(start, end);
        Matcher verb = TRAILING_VERB.matcher(cuttable.substring(start, end));
        Matcher afterProvince = AFTER_PROVINCE.matcher(cuttable.substring(start, end));
        int cutAt = verb.find() ? verb.start() : raw.length();
        if (afterProvince.find()) cutAt = Math.min(cutAt, afterProvince.start());
        boolean cut = cutAt < raw.length();
        raw = raw.substring(0, cutAt);
        int lead = raw.length() - raw.stripLeading().length();
        String piece = raw.strip();
        if (piece.isEmpty()) return true;
        BodyMention previous = out.isEmpty() ? null : out.get(out.size() - 1);
        if (previous != null
                && GENERIC_LIST.matcher(previous.asWritten()).matches()
                && GENERIC_NOUN.matcher(piece).matches()
                && !piece.regionMatches(true, 0, "các ", 0, 4)) {
            // "Các bộ, ngành, địa phương" (or "Bộ, ngành, địa phương") is one collective mention, not three.
            int pieceEnd = offset + start + lead + piece.length();
            String whole = part.substring(previous.from() - offset, pieceEnd - offset);
            out.set(out.size() - 1, new BodyMention(whole, canonical(whole), true, previous.from(), pieceEnd));
            return !cut;
        }
        if (!looksLikeBody(piece)) return false;
        Matcher second = SECOND_MINISTRY.matcher(piece);
        if (second.find()) {
            // "Bộ Thông tin và Truyền thông Bộ Khoa học và Công nghệ": a ministry's name never holds another ministry.
            add(piece.substring(0, second.start()), offset + start + lead, out);
            add(piece.substring(second.start() + 1), offset + start + lead + second.start() + 1, out);
        } else {
            add(piece, offset + start + lead, out);
        }
        return !cut; // a verb ends the list
    }

    private static void add(String piece, int from, List<BodyMention> out) {
        String canonical = canonical(piece);
        out.add(new BodyMention(piece, canonical, isCollective(canonical), from, from + piece.length()));
    }
}
