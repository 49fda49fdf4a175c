package vn.policykg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.policykg.source.Clause;
import vn.policykg.source.ParsedDocument;

/**
 * Funding needs stated under a resources heading ("NGUỒN LỰC THỰC HIỆN ĐỀ ÁN"): the total, each
 * source with its share, each year.
 */
public final class BudgetExtractor {

    private static final Pattern RESOURCES = Pattern.compile("(?iuU)nguồn lực|kinh phí|nguồn vốn");
    private static final String AMOUNT = "(?<amount>" + VietnameseNumbers.PATTERN + ")\\s*(?<unit>tỷ đồng|triệu đồng)";
    private static final Pattern TOTAL =
            Pattern.compile("(?uU)(?<label>Tổng (?:nhu cầu )?(?:vốn|kinh phí)[^:]*):\\s*" + AMOUNT);
    private static final Pattern SOURCE = Pattern.compile("(?uU)^(?<label>(?:Vốn|Nguồn)[^:]+):\\s*" + AMOUNT
            + "(?:\\s*\\(chiếm (?<share>" + VietnameseNumbers.PATTERN + ")%\\))?");
    private static final Pattern YEAR = Pattern.compile("(?uU)(?<label>[Nn]ăm (?<year>\\d{4})):\\s*" + AMOUNT);

    private BudgetExtractor() {}

    public static List<BudgetLine> extract(ParsedDocument doc) {
        List<BudgetLine> out = new ArrayList<>();
        SectionWalk.walk(doc.clauses(), SectionWalk.headed(RESOURCES), (c, inside) -> {
            if (inside) read(c, out);
        });
        return out;
    }

    private static void read(Clause c, List<BudgetLine> out) {
        String text = c.text();
        Matcher m = TOTAL.matcher(text);
        while (m.find()) out.add(line(BudgetLine.Kind.TOTAL, m, c, null, null));
        m = SOURCE.matcher(text);
        if (m.find())
            out.add(line(
                    BudgetLine.Kind.SOURCE,
                    m,
                    c,
                    m.group("share") == null ? null : VietnameseNumbers.parse(m.group("share")),
                    null));
        m = YEAR.matcher(text);
        while (m.find()) out.add(line(BudgetLine.Kind.YEAR, m, c, null, Integer.parseInt(m.group("year"))));
    }

    private static BudgetLine line(BudgetLine.Kind kind, Matcher m, Clause c, BigDecimal share, Integer year) {
        return new BudgetLine(
                kind,
                m.group("label").strip(),
                VietnameseNumbers.parse(m.group("amount")),
                m.group("unit"),
                share,
                year,
                c,
                m.start(),
                m.end());
    }
}
