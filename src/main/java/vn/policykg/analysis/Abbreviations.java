package vn.policykg.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The abbreviations these documents use and what they stand for, matched both ways at query time:
 * "BHYT" finds "bảo hiểm y tế" and the reverse. Each was checked against the five sources.
 */
public final class Abbreviations {

    /** @param folded whether the rule also holds once diacritics are gone (TU would meet "tư", "từ", "tự") */
    record Rule(String abbreviation, String expansion, boolean folded) {}

    static final List<Rule> RULES = List.of(
            new Rule("BHYT", "bảo hiểm y tế", true),
            new Rule("BHXH", "bảo hiểm xã hội", true),
            new Rule("BHTN", "bảo hiểm thất nghiệp", true),
            new Rule("UBND", "ủy ban nhân dân", true),
            new Rule("HĐND", "hội đồng nhân dân", true),
            new Rule("MTTQ", "mặt trận tổ quốc", true),
            new Rule("UBMTTQ", "ủy ban mặt trận tổ quốc", true),
            new Rule("DTTS", "dân tộc thiểu số", true),
            new Rule("THCS", "trung học cơ sở", true),
            new Rule("THPT", "trung học phổ thông", true),
            new Rule("GDTX", "giáo dục thường xuyên", true),
            new Rule("GDNN", "giáo dục nghề nghiệp", true),
            new Rule("TTYT", "trung tâm y tế", true),
            new Rule("NHNN", "ngân hàng nhà nước", true),
            new Rule("NQ", "nghị quyết", true),
            new Rule("TW", "trung ương", true),
            new Rule("CTr", "chương trình", true),
            new Rule("KH", "kế hoạch", true),
            new Rule("QĐ", "quyết định", true),
            new Rule("CT", "chỉ thị", true),
            new Rule("KL", "kết luận", true),
            new Rule("CP", "chính phủ", true),
            new Rule("TTg", "thủ tướng", true),
            new Rule("TU", "tỉnh ủy", false));

    private Abbreviations() {}

    /** Both directions of every rule that holds in {@code form}, analysed as that form indexes syllables. */
    static SynonymMap synonymMap(VietnameseAnalyzer.Form form) {
        try (VietnameseAnalyzer analyzer = VietnameseAnalyzer.syllables(form)) {
            SynonymMap.Builder builder = new SynonymMap.Builder(true);
            for (Rule rule : RULES) {
                if (form == VietnameseAnalyzer.Form.FOLDED && !rule.folded()) continue;
                CharsRef abbreviation = analyze(analyzer, rule.abbreviation());
                CharsRef expansion = analyze(analyzer, rule.expansion());
                builder.add(abbreviation, expansion, true);
                builder.add(expansion, abbreviation, true);
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the abbreviation synonyms", e);
        }
    }

    /** The syllables of {@code text} as the synonym map wants them: joined by its word separator. */
    private static CharsRef analyze(VietnameseAnalyzer analyzer, String text) throws IOException {
        CharsRefBuilder out = new CharsRefBuilder();
        try (TokenStream ts = analyzer.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (out.length() > 0) out.append(SynonymMap.WORD_SEPARATOR);
                out.append(term);
            }
            ts.end();
        }
        return out.get();
    }
}
