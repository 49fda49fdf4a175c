package vn.policykg.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Which lines stand inside quoted text: the new wording an amending clause quotes
 * ('Điều 7a được sửa đổi như sau: “Điều 7a. …”'), which may run over many lines and pages. A heading
 * there is the amendment's words, not the document's own structure.
 * Curly quotes nest (“ opens, ” closes); a straight quote opens after a space, a line start or an
 * opening bracket and closes elsewhere. A close without an open is ignored, so one stray ” cannot
 * shift the rest of the document; an open that is never closed (a close lost in the PDF text) ends
 * at the next article of the document's own numbering — "Điều N." with N one more than the last
 * unquoted article, not itself opening with a quote, after a finished sentence.
 */
final class QuotedText {

    private QuotedText() {}

    /**
     * @param quoted    for each line, whether it starts inside quoted text or opens with a quote mark
     * @param unclosed  indexes of the lines where a quotation never closed was taken to end
     */
    record Quotes(boolean[] quoted, List<Integer> unclosed) {}

    static Quotes of(List<String> lines) {
        boolean[] quoted = new boolean[lines.size()];
        List<Integer> unclosed = new ArrayList<>();
        int depth = 0;
        int nextArticle = 1;
        String previous = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            boolean opensWithQuote = !line.isEmpty() && isOpening(line, 0);
            Matcher article = LegalStructureParser.ARTICLE.matcher(line);
            boolean isArticle = !opensWithQuote && article.lookingAt();
            if (depth > 0 && isArticle && articleNumber(article.group(1)) == nextArticle && endsSentence(previous)) {
                unclosed.add(i);
                depth = 0;
            }
            quoted[i] = depth > 0 || opensWithQuote;
            if (!quoted[i] && isArticle) nextArticle = articleNumber(article.group(1)) + 1;
            if (!line.isEmpty()) previous = line;
            for (int j = 0; j < line.length(); j++) {
                char c = line.charAt(j);
                if (c == '“' || c == '"' && isOpening(line, j)) depth++;
                else if ((c == '”' || c == '"') && depth > 0) depth--;
            }
        }
        return new Quotes(quoted, unclosed);
    }

    /** "7a" → 7. */
    private static int articleNumber(String number) {
        int end = 0;
        while (end < number.length() && Character.isDigit(number.charAt(end))) end++;
        return Integer.parseInt(number.substring(0, end));
    }

    private static boolean endsSentence(String line) {
        return !line.isEmpty() && ".;:”\"".indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    private static boolean isOpening(String line, int at) {
        char c = line.charAt(at);
        if (c == '“') return true;
        if (c != '"') return false;
        char before = at == 0 ? ' ' : line.charAt(at - 1);
        boolean textFollows = at + 1 < line.length() && !Character.isWhitespace(line.charAt(at + 1));
        return textFollows && (Character.isWhitespace(before) || before == '(' || before == '[' || before == ':');
    }
}
