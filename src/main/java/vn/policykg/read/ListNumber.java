package vn.policykg.read;

/**
 * How a list counter is shown (Word's w:numFmt, HTML's ol type): plans number their headings "I.", "1.",
 * "a)", so a reader writes the number as the reader of the original sees it.
 */
enum ListNumber {
    DECIMAL,
    DECIMAL_ZERO,
    LOWER_LETTER,
    UPPER_LETTER,
    LOWER_ROMAN,
    UPPER_ROMAN;

    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_DIGITS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"
    };

    String format(int n) {
        return switch (this) {
            case DECIMAL -> Integer.toString(n);
            case DECIMAL_ZERO -> n >= 0 && n < 10 ? "0" + n : Integer.toString(n);
            case LOWER_LETTER -> letters(n);
            case UPPER_LETTER -> letters(n).toUpperCase();
            case LOWER_ROMAN -> roman(n).toLowerCase();
            case UPPER_ROMAN -> roman(n);
        };
    }

    /** As Word counts: a … z, then aa, bb … zz, then aaa. */
    private static String letters(int n) {
        if (n < 1) return Integer.toString(n);
        return String.valueOf((char) ('a' + (n - 1) % 26)).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        if (n < 1 || n >= 4000) return Integer.toString(n);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < ROMAN_VALUES.length; i++)
            for (; n >= ROMAN_VALUES[i]; n -= ROMAN_VALUES[i]) s.append(ROMAN_DIGITS[i]);
        return s.toString();
    }
}
