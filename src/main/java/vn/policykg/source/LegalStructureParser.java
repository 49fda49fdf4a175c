package vn.policykg.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Source text of a legal document (law, decree, circular, decision, resolution, consolidated text)
 * → tree of clauses: preface, preamble ("Căn cứ …", the enacting sentence), Phần, Chương, Mục,
 * Điều, khoản "1.", điểm "a)", sub-points "-"/"+", conclusions ("Nơi nhận:", the signature), then
 * the annexes after the signature (an issued programme, regulation or "Phụ lục").
 * <p>
 * Gazette text is PDF-to-text output: page furniture is left out ({@link LogicalLine}); a line
 * carries on the paragraph before it when it starts in lower case or the paragraph stopped without
 * '.', ';' or ':' (hard wraps every ~80 characters, page breaks); a heading inside quoted text
 * ({@link QuotedText}) is the wording of an amendment and stays in the amending clause.
 * Khoản and điểm must follow in order ("1." after "3." is a wrapped line, not a khoản), which keeps
 * numbers that a wrap puts at a line start from opening clauses.
 */
public final class LegalStructureParser {

    /** "Phần thứ nhất", "PHẦN THỨ HAI:", "Phần II", "Phần 3": the number is group 1, or the ordinal word group 2. */
    private static final Pattern PART =
            Pattern.compile("^(?:Phần|PHẦN) (?:([IVX]+|\\d{1,2})|(?:thứ|THỨ) (\\p{L}+))(?=[\\s.:]|$)[.:]?");

    private static final Pattern CHAPTER = Pattern.compile("^(?:Chương|CHƯƠNG) ([IVXLC]+)(?=[\\s.:]|$)[.:]?");
    private static final Pattern SECTION = Pattern.compile("^(?:Mục|MỤC) (\\d{1,2})(?=[\\s.:]|$)[.:]?");
    static final Pattern ARTICLE = Pattern.compile("^Điều (\\d{1,3}[a-zđ]?)\\.");
    private static final Pattern KHOAN = Pattern.compile("^(\\d{1,3})\\.(?=\\s|$)");
    private static final Pattern POINT = Pattern.compile("^([a-zđ])(\\d?)\\)");
    private static final Pattern INDENT = Pattern.compile("^([-+•])\\s");
    private static final Pattern PREAMBLE =
            Pattern.compile("^(Căn cứ|Theo đề nghị|Xét đề nghị|Thực hiện|Trên cơ sở)\\s");
    /** "Nơi nhận:", a signature ("TM. CHÍNH PHỦ", "KT. BỘ TRƯỞNG"), or a law's passing formula and its signer. */
    private static final Pattern CONCLUSIONS = Pattern.compile(
            "^(Nơi nhận:|(?:TM|KT|TL|TUQ|Q)\\.\\s*\\p{Lu}{2}|(?:Luật|Nghị quyết|Bộ luật) này (?:đã )?được Quốc hội nước|CHỦ TỊCH QUỐC HỘI\\s*$)");

    private static final Pattern ANNEX = Pattern.compile(
            "^(?:(?:PHỤ LỤC|Phụ lục)(?:\\s+(?:số\\s+)?([IVX]+|\\d{1,2}[a-z]?)\\b)?|(?:Mẫu số|MẪU SỐ)(?:\\s+(\\d{1,2}[a-z]?)\\b)?"
                    + "|(?:CHƯƠNG TRÌNH|KẾ HOẠCH|QUY CHẾ|QUY ĐỊNH|QUY TRÌNH|HƯỚNG DẪN|ĐIỀU LỆ|ĐỀ ÁN|CHIẾN LƯỢC|DANH MỤC|DỰ THẢO|BÁO CÁO)\\b)");
    /** Vietnamese letter order of điểm: no f, j, w, z; đ after d. */
    private static final String POINT_LETTERS = "abcdđeghiklmnopqrstuvxy";
    /** A heading line this close to the wrap width was wrapped: its next line carries on the heading. */
    private static final double FULL_LINE_SHARE = 0.85;

    private LegalStructureParser() {}

    public static ParsedDocument parse(SourceText src) {
        List<String> notes = new ArrayList<>();
        List<LogicalLine> lines = LogicalLine.read(src, notes);
        QuotedText.Quotes quotes =
                QuotedText.of(lines.stream().map(LogicalLine::text).toList());
        for (int i : quotes.unclosed())
            notes.add("line " + lines.get(i).lineNo()
                    + ": a quotation opened before was never closed; it is taken to end before this article");
        boolean[] quoted = quotes.quoted();
        int wrapWidth = wrapWidth(src);
        List<Clause> roots = new ArrayList<>();

        int firstArticle = nextMatch(lines, quoted, ARTICLE, 0, lines.size());
        int conclusionsAt = nextMatch(lines, quoted, CONCLUSIONS, Math.max(0, firstArticle), lines.size());
        int bodyEnd = conclusionsAt < 0 ? lines.size() : conclusionsAt;
        new Run(src, roots, null, quoted, 0, wrapWidth).acceptAll(lines.subList(0, bodyEnd));
        if (conclusionsAt < 0) return ParsedDocument.assemble(src, roots, notes);

        int firstAnnex = firstIssuedTitle(lines, quoted, conclusionsAt + 1);
        Clause conclusions = new Clause(
                ClauseKind.CONCLUSIONS, null, lines.get(conclusionsAt).lineNo());
        roots.add(conclusions);
        new Run(src, roots, conclusions, quoted, conclusionsAt, wrapWidth)
                .acceptAsText(lines.subList(conclusionsAt, firstAnnex < 0 ? lines.size() : firstAnnex));
        if (firstAnnex >= 0) roots.addAll(annexes(src, lines, quoted, firstAnnex, wrapWidth, notes));
        return ParsedDocument.assemble(src, roots, notes);
    }

    /** The first line from {@code from} that titles something issued with the document (an annex, a programme), or -1. */
    static int firstIssuedTitle(List<LogicalLine> lines, boolean[] quoted, int from) {
        return nextMatch(lines, quoted, ANNEX, from, lines.size());
    }

    /** The annexes from {@code from} (a title line) to the end: each title opens one. */
    static List<Clause> annexes(
            SourceText src, List<LogicalLine> lines, boolean[] quoted, int from, int wrapWidth, List<String> notes) {
        List<Integer> annexStarts = new ArrayList<>();
        for (int i = from; i >= 0; i = nextMatch(lines, quoted, ANNEX, i + 1, lines.size()))
            // "PHỤ LỤC" / "DANH MỤC CÁC NHIỆM VỤ …": a title line right after an annex's first line is part of its
            // title.
            if (annexStarts.isEmpty() || annexStarts.get(annexStarts.size() - 1) != i - 1) annexStarts.add(i);
        annexStarts.add(lines.size());
        List<Clause> out = new ArrayList<>();
        for (int a = 0; a + 1 < annexStarts.size(); a++)
            out.add(annex(src, lines, quoted, annexStarts.get(a), annexStarts.get(a + 1), a + 1, wrapWidth, notes));
        return out;
    }

    /**
     * One annex: its title line, then its body by the rules that fit it — an issued regulation with
     * articles by these rules, a flattened table as {@link FlatTable}, anything else (a programme,
     * a plan) by the plan rules of {@link StructureParser}.
     */
    private static Clause annex(
            SourceText src,
            List<LogicalLine> lines,
            boolean[] quoted,
            int from,
            int to,
            int ordinal,
            int wrapWidth,
            List<String> notes) {
        LogicalLine title = lines.get(from);
        Matcher m = ANNEX.matcher(title.text());
        m.lookingAt();
        // "Phụ lục II" is annex_II, form "Mẫu số 01" annex_M01, an untitled one (a programme) its ordinal.
        String number =
                m.group(1) != null ? m.group(1) : m.group(2) != null ? "M" + m.group(2) : String.valueOf(ordinal);
        List<LogicalLine> rest = lines.subList(from + 1, to);
        long rows = rest.stream()
                .filter(l -> AppendixParser.isTableRow(l.physical().text()))
                .count();
        if (rows >= MIN_TABLE_ROWS
                && rows * 2 >= rest.stream().filter(l -> !l.text().isEmpty()).count())
            // Mostly a table with its cells told apart (tab or Markdown rows): rows and cells under their column
            // headings.
            return AppendixParser.parse(src, physical(lines.subList(from, to)), number, notes);
        Clause annex = new Clause(ClauseKind.ANNEX, number, title.lineNo());
        annex.heading(title.text());
        annex.addParagraph(title.clean());
        List<LogicalLine> body = lines.subList(from + 1, to);
        if (nextMatch(lines, quoted, ARTICLE, from + 1, to) >= 0) {
            new Run(src, null, annex, quoted, from + 1, wrapWidth).acceptAll(body);
            return annex;
        }
        int table = FlatTable.start(body, wrapWidth);
        StructureParser.parseInto(src, table < 0 ? body : body.subList(0, table), annex, notes);
        if (table >= 0) FlatTable.parseInto(body.subList(table, body.size()), annex, notes);
        return annex;
    }

    /** Rows that make an annex a table rather than text with a stray tab. */
    private static final int MIN_TABLE_ROWS = 3;

    /** The physical lines under logical ones, each once, in order. */
    private static List<SourceText.Line> physical(List<LogicalLine> lines) {
        List<SourceText.Line> out = new ArrayList<>();
        for (LogicalLine l : lines) if (out.isEmpty() || out.get(out.size() - 1) != l.physical()) out.add(l.physical());
        return out;
    }

    /** Index of the first line in [from, to) outside quoted text that opens with {@code p}, or -1. */
    private static int nextMatch(List<LogicalLine> lines, boolean[] quoted, Pattern p, int from, int to) {
        for (int i = from; i < to; i++)
            if (!quoted[i] && p.matcher(lines.get(i).text()).lookingAt()) return i;
        return -1;
    }

    /** The width the text is wrapped at: the 90th percentile of its physical line lengths. */
    static int wrapWidth(SourceText src) {
        int[] lengths = src.lines().stream()
                .mapToInt(l -> l.text().strip().length())
                .filter(n -> n > 0)
                .sorted()
                .toArray();
        return lengths.length == 0 ? 80 : lengths[(int) (lengths.length * 0.9)];
    }

    /** Lines of unquoted text opening with "Điều N." — what makes a document legal to the recogniser. */
    /** Markdown's heading and emphasis marks before a transcription's "**Điều 1.**". */
    private static final Pattern MARKUP_LEAD = Pattern.compile("^[#*_\\s]+");

    static long articleHeadings(List<String> lines) {
        boolean[] quoted = QuotedText.of(lines).quoted();
        long n = 0;
        for (int i = 0; i < lines.size(); i++)
            if (!quoted[i]
                    && ARTICLE.matcher(MARKUP_LEAD.matcher(lines.get(i).strip()).replaceFirst(""))
                            .lookingAt()) n++;
        return n;
    }

    /** A structural heading a line opens with: its kind, number, nesting rank and where its words start. */
    private record Heading(ClauseKind kind, String number, int rank, int contentStart) {
        static final int ARTICLE_RANK = 3;
    }

    /** Part, chapter, section or article; null for any other line. */
    private static Heading division(String text) {
        Matcher m = ARTICLE.matcher(text);
        if (m.lookingAt()) return new Heading(ClauseKind.ARTICLE, m.group(1), Heading.ARTICLE_RANK, m.end());
        Pattern[] divisions = {PART, CHAPTER, SECTION};
        ClauseKind[] kinds = {ClauseKind.PART, ClauseKind.CHAPTER, ClauseKind.SECTION};
        for (int rank = 0; rank < divisions.length; rank++) {
            m = divisions[rank].matcher(text);
            // "Mục 2 Chương này quy định …" wrapped to a line start is a reference, not a heading.
            if (!m.lookingAt() || !(text.length() == m.end() || StructureParser.isUpperCase(text.substring(m.end()))))
                continue;
            // A part's ordinal word becomes its number ("thứ hai" → 2), as in a programme's "Phần thứ hai".
            String number = m.group(1) != null ? m.group(1) : Numbering.ordinal(m.group(2));
            if (number != null) return new Heading(kinds[rank], number, rank, m.end());
        }
        return null;
    }

    /** The state of one parse of a stretch of lines into the document's roots or into a frame clause. */
    private static final class Run {
        final SourceText src;
        final Clause frame;
        final boolean[] quoted;
        final int offset;
        final int fullLine;
        final Deque<Clause> open = new ArrayDeque<>();
        final Deque<Integer> openRanks = new ArrayDeque<>();
        final Placement placement;
        Clause lastWritten;
        /** The last line written was a heading; {@link #headingWraps}: it filled the line, so it may go on. */
        boolean lastWasHeading, headingWraps;
        /** A part, chapter or section whose heading is on the next line(s). */
        Clause awaitingHeading;

        int lastKhoan;
        int lastPoint = -1;

        Run(SourceText src, List<Clause> roots, Clause frame, boolean[] quoted, int offset, int wrapWidth) {
            this.src = src;
            this.frame = frame;
            this.placement = new Placement(roots, frame);
            this.quoted = quoted;
            this.offset = offset;
            this.fullLine = (int) (wrapWidth * FULL_LINE_SHARE);
            if (frame != null) {
                lastWritten = frame;
                lastWasHeading = frame.hasText();
            }
        }

        void acceptAll(List<LogicalLine> lines) {
            for (int i = 0; i < lines.size(); i++) accept(lines.get(i), quoted[offset + i]);
        }

        /** Lines with no structure of their own (the conclusions): paragraphs of the frame. */
        void acceptAsText(List<LogicalLine> lines) {
            for (LogicalLine l : lines) writeOrContinue(frame, l);
        }

        void accept(LogicalLine l, boolean inQuote) {
            String text = l.text();
            if (inQuote) {
                writeOrContinue(lastWritten != null ? lastWritten : placement.frontMatter(l.lineNo()), l);
                return;
            }
            Heading division = division(text);
            // A chapter's heading is its next line; an upper-case heading may run on over more lines.
            boolean headingLine = awaitingHeading != null
                    && division == null
                    && (awaitingHeading.heading() == null ? !startsNumbered(text) : StructureParser.isUpperCase(text));
            if (headingLine) {
                if (awaitingHeading.heading() == null) {
                    awaitingHeading.heading(text);
                    write(awaitingHeading, l.clean(), true, l);
                } else {
                    awaitingHeading.continueParagraph(l.clean());
                    awaitingHeading.heading(awaitingHeading.lastParagraph());
                }
                return;
            }
            awaitingHeading = null;
            if (division != null) {
                open(
                        new Clause(division.kind(), division.number(), l.lineNo()),
                        division.rank(),
                        l,
                        division.contentStart());
                if (division.kind() == ClauseKind.ARTICLE) {
                    lastKhoan = 0;
                    lastPoint = -1;
                } else {
                    awaitingHeading = open.peek();
                }
                return;
            }
            if (inArticle() && numbered(l)) return;
            plain(l);
        }

        /** A khoản, điểm or sub-point in its expected order; false when the line is none of those. */
        boolean numbered(LogicalLine l) {
            String text = l.text();
            Matcher m = KHOAN.matcher(text);
            if (m.lookingAt() && Integer.parseInt(m.group(1)) == lastKhoan + 1) {
                lastKhoan++;
                lastPoint = -1;
                open(new Clause(ClauseKind.PARAGRAPH, m.group(1), l.lineNo()), Heading.ARTICLE_RANK + 1, l, m.end());
                return true;
            }
            m = POINT.matcher(text);
            if (m.lookingAt()) {
                int letter = POINT_LETTERS.indexOf(m.group(1).charAt(0));
                boolean inOrder = letter == 0
                        || letter == lastPoint + 1
                        || letter == lastPoint && !m.group(2).isEmpty();
                if (inOrder) {
                    lastPoint = letter;
                    open(
                            new Clause(ClauseKind.POINT, m.group(1) + m.group(2), l.lineNo()),
                            Heading.ARTICLE_RANK + 2,
                            l,
                            m.end());
                    return true;
                }
            }
            m = INDENT.matcher(text);
            if (m.lookingAt()) {
                int rank = Heading.ARTICLE_RANK + (m.group(1).equals("+") ? 4 : 3);
                open(new Clause(ClauseKind.INDENT, null, l.lineNo()), rank, l, m.end());
                return true;
            }
            return false;
        }

        boolean startsNumbered(String text) {
            return KHOAN.matcher(text).lookingAt()
                    || POINT.matcher(text).lookingAt()
                    || INDENT.matcher(text).lookingAt();
        }

        boolean inArticle() {
            return open.stream().anyMatch(c -> c.kind() == ClauseKind.ARTICLE);
        }

        /** Closes what {@code rank} ends, opens {@code clause} and writes the line's words after its number. */
        void open(Clause clause, int rank, LogicalLine l, int contentStart) {
            while (!open.isEmpty() && openRanks.peek() >= rank) {
                open.pop();
                openRanks.pop();
            }
            if (open.isEmpty()) place(clause);
            else open.peek().addChild(clause);
            open.push(clause);
            openRanks.push(rank);
            CleanLine content = l.clean().from(contentStart);
            boolean titled = clause.kind() != ClauseKind.PARAGRAPH
                    && clause.kind() != ClauseKind.POINT
                    && clause.kind() != ClauseKind.INDENT;
            if (content.isEmpty()) {
                lastWritten = clause;
                lastWasHeading = true;
                headingWraps = false;
                return;
            }
            if (titled) clause.heading(content.text());
            write(clause, content, titled, l);
        }

        void plain(LogicalLine l) {
            if (open.isEmpty()
                    && placement.canOpenPreamble()
                    && PREAMBLE.matcher(l.text()).lookingAt()) {
                write(placement.openPreamble(l.lineNo()), l.clean(), false, l);
                return;
            }
            if (continues(l)) {
                extend(l);
                return;
            }
            // A sub-point holds one paragraph; the next plain paragraph belongs to the clause above it.
            while (!open.isEmpty() && open.peek().kind() == ClauseKind.INDENT) {
                open.pop();
                openRanks.pop();
            }
            if (open.isEmpty()) {
                write(placement.frontMatter(l.lineNo()), l.clean(), false, l);
                return;
            }
            Clause owner = open.peek();
            if (owner.hasChildren()) {
                Clause p = new Clause(ClauseKind.UNNUMBERED, null, l.lineNo());
                owner.addChild(p);
                owner = p;
            }
            write(owner, l.clean(), false, l);
        }

        void writeOrContinue(Clause clause, LogicalLine l) {
            if (lastWritten == clause && continues(l)) extend(l);
            else write(clause, l.clean(), false, l);
        }

        /**
         * Whether the line carries on the last paragraph: it starts in lower case, or the paragraph
         * stopped mid-sentence (a hard wrap or a page break); after a heading, only a wrapped heading goes on.
         */
        boolean continues(LogicalLine l) {
            char last = lastWritten == null ? 0 : lastWritten.lastChar();
            if (last == 0) return false;
            if (Character.isLowerCase(l.text().charAt(0))) return true;
            if (lastWasHeading) return headingWraps;
            return ".;:!?".indexOf(last) < 0 && !StructureParser.isUpperCase(l.text());
        }

        /** Joins the line to the last paragraph; a heading that wraps takes the joined words. */
        void extend(LogicalLine l) {
            lastWritten.continueParagraph(l.clean());
            if (lastWasHeading && lastWritten.heading() != null && !lastWritten.hasChildren() && lastWritten != frame)
                lastWritten.heading(lastWritten.lastParagraph());
            headingWraps = lastWasHeading && isFull(l);
        }

        void write(Clause clause, CleanLine line, boolean isHeading, LogicalLine l) {
            clause.addParagraph(line);
            lastWritten = clause;
            lastWasHeading = isHeading;
            headingWraps = isHeading && isFull(l);
        }

        boolean isFull(LogicalLine l) {
            return l.physical().text().strip().length() >= fullLine;
        }

        void place(Clause clause) {
            placement.place(clause);
        }
    }
}
