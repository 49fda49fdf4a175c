package vn.policykg.web.linkeddata;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QuerySolution;
import org.springframework.stereotype.Component;
import vn.policykg.analysis.Slugs;
import vn.policykg.store.GenerationMemo;
import vn.policykg.store.LiveStore;
import vn.policykg.store.RowValues;

/**
 * A reference as people write it → the document it names. It finds, in order: a full number anywhere
 * in the words ("42-NQ/TW", "Nghị quyết số 68/NQ-CP ngày …", "91- KL/TW", and every number as the
 * corpus writes it, including the ones whose suffix it corrected); a provincial scheme ("Đề án 08",
 * "Đề án số 15"); a kind and a bare number ("NQ 42", "Nghị quyết 42"), which may fit several. A number
 * issued by a province (a /TU, -UBND or -HĐND number, a provincial Đề án) is unique only within its
 * province, so without a province it is answered with candidates, never guessed.
 */
@Component
public class Resolver {

    /** A document a reference may name. */
    public record Candidate(String iri, String name, String number, String jurisdiction, String jurisdictionName) {}

    /** The answer: exactly one document, or candidates with why, or nothing with why. */
    public sealed interface Result permits Resolved, Ambiguous, Unknown {}

    public record Resolved(Candidate document) implements Result {}

    public record Ambiguous(List<Candidate> candidates, String reason) implements Result {}

    public record Unknown(String reason) implements Result {}

    /** A province parameter that names no jurisdiction of the graph. */
    public static final class UnknownProvince extends RuntimeException {
        UnknownProvince(String message) {
            super(message);
        }
    }

    private static final String NATIONAL = "vn";
    private static final Pattern SCHEME = Pattern.compile("ĐỀ ÁN\\s*\\(?\\s*(?:SỐ\\s*)?(\\d{1,3})\\b");
    private static final Map<String, String> KIND_WORDS = new LinkedHashMap<>();

    static {
        KIND_WORDS.put("NGHỊ QUYẾT", "NQ");
        KIND_WORDS.put("CHỈ THỊ", "CT");
        KIND_WORDS.put("KẾT LUẬN", "KL");
        KIND_WORDS.put("KẾ HOẠCH", "KH");
        KIND_WORDS.put("QUYẾT ĐỊNH", "QĐ");
        KIND_WORDS.put("QUY ĐỊNH", "QĐ");
        KIND_WORDS.put("CHƯƠNG TRÌNH HÀNH ĐỘNG", "CTR");
        KIND_WORDS.put("CHƯƠNG TRÌNH", "CTR");
    }

    private static final Pattern SHORT = Pattern.compile("(?<![\\p{L}\\p{N}])(" + String.join("|", KIND_WORDS.keySet())
            + "|NQ|CT|KL|KH|QĐ|QD|CTR)\\s*(?:SỐ\\s*)?(\\d{1,4})(?![\\p{L}\\p{N}/-])");
    /** The leading number and kind code of a document number: "29/2025/NQ-HĐND" → 29, NQ. */
    private static final Pattern NUMBER_PARTS = Pattern.compile("^0*(\\d+)(?:/\\d{4})?[-/]([\\p{L}]+)");

    /** Documents by full number, provincial schemes by "ĐỀ ÁN n", every document, jurisdiction code → name. */
    private record Index(
            Map<String, Set<Candidate>> byNumber,
            Map<String, Set<Candidate>> schemes,
            List<Candidate> all,
            Map<String, String> provinces) {}

    private final GenerationMemo<Index> index;

    public Resolver(LiveStore store, PageQueries queries, DocumentNames names) {
        this.index = new GenerationMemo<>(store, gen -> read(queries, names));
    }

    /**
     * @param province  a jurisdiction code ("vn-lao-cai"), or a province name with or without diacritics
     *                  ("Lào Cai", "tỉnh Lào Cai", "lao-cai"); null or blank for none
     */
    public Result resolve(String ref, String province) {
        Index idx = index.get();
        String jurisdiction = province == null || province.isBlank() ? null : jurisdiction(idx, province);
        String words = normalize(ref);
        List<Candidate> found = find(idx, words);
        if (found.isEmpty())
            return new Unknown("Không nhận ra văn bản nào trong \"" + ref.strip() + "\". (Unknown reference.)");
        List<Candidate> fitting = found.stream()
                .filter(c -> jurisdiction == null
                        || c.jurisdiction().equals(NATIONAL)
                        || c.jurisdiction().equals(jurisdiction))
                .toList();
        if (fitting.isEmpty())
            return new Unknown("Không có văn bản \"" + ref.strip() + "\" của "
                    + idx.provinces().get(jurisdiction) + " trong dữ liệu. (Unknown in that province.)");
        if (fitting.size() == 1
                && (jurisdiction != null || fitting.get(0).jurisdiction().equals(NATIONAL)))
            return new Resolved(fitting.get(0));
        if (fitting.size() == 1)
            return new Ambiguous(
                    fitting,
                    "Số hiệu này do một tỉnh ban hành nên chỉ duy nhất trong tỉnh đó; hãy cho biết tỉnh (province=…). "
                            + "(A provincial number is unique only within its province.)");
        return new Ambiguous(fitting, "Có nhiều văn bản phù hợp. (Several documents fit.)");
    }

    private static List<Candidate> find(Index idx, String words) {
        // A full number, leftmost first, longest at one place.
        int bestAt = Integer.MAX_VALUE;
        String bestKey = null;
        for (String key : idx.byNumber().keySet()) {
            for (int at = words.indexOf(key); at >= 0; at = words.indexOf(key, at + 1)) {
                if (!boundary(words, at - 1) || !boundary(words, at + key.length())) continue;
                if (at < bestAt || (at == bestAt && key.length() > bestKey.length())) {
                    bestAt = at;
                    bestKey = key;
                }
                break;
            }
        }
        if (bestKey != null) return List.copyOf(idx.byNumber().get(bestKey));
        Matcher scheme = SCHEME.matcher(words);
        if (scheme.find()) return List.copyOf(idx.schemes().getOrDefault(schemeKey(scheme.group(1)), Set.of()));
        Matcher shortForm = SHORT.matcher(words);
        if (shortForm.find()) {
            String kind = KIND_WORDS.getOrDefault(
                    shortForm.group(1), shortForm.group(1).replace("QD", "QĐ"));
            String number = shortForm.group(2).replaceFirst("^0+(?=\\d)", "");
            return idx.all().stream()
                    .filter(c -> {
                        Matcher m = c.number() == null ? null : NUMBER_PARTS.matcher(key(c.number()));
                        return m != null
                                && m.find()
                                && m.group(1).equals(number)
                                && m.group(2).equals(kind);
                    })
                    .toList();
        }
        return List.of();
    }

    private static boolean boundary(String s, int i) {
        return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
    }

    private static String jurisdiction(Index idx, String province) {
        String wanted = Slugs.of(province).replaceFirst("^(vn-)?(tinh-)?", "");
        for (var e : idx.provinces().entrySet()) {
            String code = e.getKey().replaceFirst("^vn-", "");
            if (code.equals(wanted)
                    || Slugs.of(e.getValue()).replaceFirst("^tinh-", "").equals(wanted)) return e.getKey();
        }
        throw new UnknownProvince("Không có tỉnh \"" + province + "\" trong dữ liệu. Có: "
                + String.join(", ", idx.provinces().keySet()) + ". (Unknown province.)");
    }

    /** NFC, upper case, no space around the '-' and '/' of a number ("91- KL/TW" → "91-KL/TW"). */
    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC)
                .toUpperCase(Locale.ROOT)
                .replaceAll("\\s*([-/])\\s*", "$1")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static String key(String number) {
        return normalize(number).replace(" ", "");
    }

    private static String schemeKey(String digits) {
        return "ĐỀ ÁN " + Integer.parseInt(digits);
    }

    /** A bare number is a provincial scheme's ("Đề án 08"); anything else is a document number. */
    private static void add(Index idx, String number, Candidate c) {
        boolean scheme = number.strip().matches("\\d{1,3}");
        (scheme ? idx.schemes() : idx.byNumber())
                .computeIfAbsent(scheme ? schemeKey(number.strip()) : key(number), k -> new LinkedHashSet<>())
                .add(c);
    }

    private static Index read(PageQueries queries, DocumentNames names) {
        Map<String, String> provinces = new LinkedHashMap<>();
        for (QuerySolution r : queries.select("""
                SELECT ?code ?label WHERE { ?j a vnp:Jurisdiction ; vnp:code ?code ; skos:prefLabel ?label FILTER(lang(?label) = 'vi') } ORDER BY ?code"""))
            provinces.put(RowValues.text(r, "code"), RowValues.text(r, "label"));
        Map<String, Candidate> docs = new LinkedHashMap<>();
        Index idx = new Index(new LinkedHashMap<>(), new LinkedHashMap<>(), new ArrayList<>(), provinces);
        for (QuerySolution r : queries.select("""
                SELECT ?d ?number ?code WHERE { ?d a eli:LegalResource ; eli:jurisdiction/vnp:code ?code . OPTIONAL { ?d eli:id_local ?number } }
                ORDER BY ?d""")) {
            String code = RowValues.text(r, "code");
            String number = RowValues.text(r, "number");
            Candidate c = new Candidate(
                    RowValues.text(r, "d"), names.name(RowValues.text(r, "d")), number, code, provinces.get(code));
            docs.put(c.iri(), c);
            idx.all().add(c);
            if (number != null) add(idx, number, c);
        }
        // Every number as the corpus writes it names what the build resolved it to (corrected suffixes included).
        for (QuerySolution r : queries.select(
                "SELECT DISTINCT ?written ?d WHERE { ?m a vnp:Citation ; vnp:numberAsWritten ?written ; vnp:citedDocument ?d }")) {
            Candidate c = docs.get(RowValues.text(r, "d"));
            if (c != null) add(idx, RowValues.text(r, "written"), c);
        }
        return idx;
    }
}
