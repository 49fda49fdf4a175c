package vn.policykg.extract;

import java.math.BigDecimal;

/**
 * Numbers as Vietnamese texts write them: "." groups thousands and "," marks decimals ("8.300" is 8300,
 * "75,5" is 75.5, "13.256,92" is 13256.92); "1 vạn" is 10,000.
 */
public final class VietnameseNumbers {

    /** A number: digits with "." thousands groups and an optional ",decimals". */
    public static final String PATTERN = "\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?";

    private VietnameseNumbers() {}

    public static BigDecimal parse(String text) {
        String s = text.strip();
        if (!s.matches(PATTERN)) throw new NumberFormatException("Not a Vietnamese-written number: '" + text + "'");
        return new BigDecimal(s.replace(".", "").replace(',', '.'));
    }
}
