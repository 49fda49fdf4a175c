package vn.policykg.build;

import java.util.Locale;
import java.util.Map;

/**
 * Headers print bodies and places in capitals ("ỦY BAN NHÂN DÂN TỈNH LÀO CAI"); the graph names them as a
 * sentence does ("Ủy ban nhân dân tỉnh Lào Cai"). Vietnamese capitalises the first word of a body's name and of
 * each part joined by "và", "," or " - " ("Bộ Lao động - Thương binh và Xã hội"), and every syllable of a place;
 * the few national bodies whose names break that rule are listed.
 */
final class VietnameseCase {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("chính phủ", "Chính phủ"),
            Map.entry("thủ tướng chính phủ", "Thủ tướng Chính phủ"),
            Map.entry("quốc hội", "Quốc hội"),
            Map.entry("ủy ban thường vụ quốc hội", "Ủy ban Thường vụ Quốc hội"),
            Map.entry("ban chấp hành trung ương", "Ban Chấp hành Trung ương Đảng"),
            Map.entry("ban chấp hành trung ương đảng", "Ban Chấp hành Trung ương Đảng"),
            Map.entry("bộ chính trị", "Bộ Chính trị"),
            Map.entry("ban bí thư", "Ban Bí thư"),
            Map.entry("ngân hàng nhà nước việt nam", "Ngân hàng Nhà nước Việt Nam"),
            Map.entry("bảo hiểm xã hội việt nam", "Bảo hiểm xã hội Việt Nam"),
            Map.entry("tổng liên đoàn lao động việt nam", "Tổng Liên đoàn Lao động Việt Nam"),
            Map.entry("văn phòng chính phủ", "Văn phòng Chính phủ"),
            Map.entry("kiểm toán nhà nước", "Kiểm toán nhà nước"),
            Map.entry("tòa án nhân dân tối cao", "Tòa án nhân dân tối cao"),
            Map.entry("viện kiểm sát nhân dân tối cao", "Viện kiểm sát nhân dân tối cao"));

    private VietnameseCase() {}

    /** "LÀO CAI" → "Lào Cai": every syllable of a place name capitalised. */
    static String properName(String capitals) {
        StringBuilder out = new StringBuilder();
        for (String syllable : capitals.strip().toLowerCase(VI).split("\\s+")) {
            if (!out.isEmpty()) out.append(' ');
            out.append(capitalise(syllable));
        }
        return out.toString();
    }

    /** "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" → "Bộ Lao động - Thương binh và Xã hội"; a name already in mixed case is kept. */
    static String bodyName(String asWritten) {
        if (!asWritten.equals(asWritten.toUpperCase(VI))) return asWritten;
        String lower = asWritten.strip().toLowerCase(VI).replaceAll("\\s+", " ").replace("uỷ", "ủy");
        String known = KNOWN.get(lower);
        if (known != null) return known;
        if (lower.startsWith("tỉnh ủy ")) return "Tỉnh ủy " + properName(lower.substring("tỉnh ủy ".length()));
        for (String place : new String[] {" tỉnh ", " thành phố "}) {
            int at = lower.indexOf(place);
            if (at > 0)
                return bodyName(asWritten.substring(0, at).strip().toUpperCase(VI))
                        + place
                        + properName(lower.substring(at + place.length()));
        }
        String[] words = lower.split(" ");
        StringBuilder out = new StringBuilder();
        boolean partStart = true;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (!out.isEmpty()) out.append(' ');
            boolean joiner = w.equals("và") || w.equals("-");
            out.append(partStart && !joiner ? capitalise(w) : w);
            partStart = joiner || w.endsWith(",") || (i == 0 && isHead(w));
        }
        return out.toString();
    }

    /** "Bộ", "Ban", "Sở", "Cục": heads of a name whose next word opens the proper part ("Bộ Tài chính"). */
    private static boolean isHead(String word) {
        return word.equals("bộ") || word.equals("sở") || word.equals("cục") || word.equals("tổng");
    }

    private static String capitalise(String syllable) {
        if (syllable.isEmpty()) return syllable;
        int first = syllable.codePointAt(0);
        return new StringBuilder()
                .appendCodePoint(Character.toUpperCase(first))
                .append(syllable.substring(Character.charCount(first)))
                .toString();
    }
}
