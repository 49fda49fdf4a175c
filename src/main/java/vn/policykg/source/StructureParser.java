package vn.policykg.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Source text → tree of clauses. Stages: physical lines → clean lines ({@link LineCleaner}) →
 * numbering ({@link Numbering}) → nesting by rank → identifiers ({@link ClauseIds}).
 * The appendix table, when there is one, is handed to {@link AppendixParser}.
 */
public final class StructureParser {

    private static final Pattern ANNEX_TITLE = Pattern.compile("PHỤ LỤC(?:\\s+\\d+)?");
    private static final Pattern RECITAL = Pattern.compile("^(Thực hiện|Căn cứ|Bám sát)\\s");
    private static final Pattern CLOSING = Pattern.compile("^(Trên đây là\\s|Nơi nhận:?$)");
    private static final int MAX_HEADING_LENGTH = 200;

    private StructureParser() {}

    public static ParsedDocument parse(SourceText src) {
        List<String> notes = new ArrayList<>();
        List<LogicalLine> lines = LogicalLine.read(src, notes);
        int annexAt = -1;
        for (int i = 0; i < lines.size() && annexAt < 0; i++)
            if (ANNEX_TITLE.matcher(lines.get(i).text()).matches()) annexAt = i;
        List<Clause> roots = new ArrayList<>();
        Run run = new Run(src, notes, roots, null);
        // A programme or report sent with a letter follows the letter's signature: it is an annex, not closing words.
        int closingAt = -1;
        for (int i = 0; i < lines.size() && closingAt < 0; i++)
            if (CLOSING.matcher(lines.get(i).text()).find()) closingAt = i;
        boolean[] unquoted = new boolean[lines.size()];
        int issuedAt = closingAt < 0 ? -1 : LegalStructureParser.firstIssuedTitle(lines, unquoted, closingAt + 1);
        if (issuedAt >= 0 && (annexAt < 0 || issuedAt < annexAt)) {
            for (LogicalLine l : lines.subList(0, issuedAt)) run.accept(l);
            roots.addAll(LegalStructureParser.annexes(
                    src, lines, unquoted, issuedAt, LegalStructureParser.wrapWidth(src), notes));
            return ParsedDocument.assemble(src, roots, notes);
        }
        for (LogicalLine l : annexAt < 0 ? lines : lines.subList(0, annexAt)) run.accept(l);
        if (annexAt >= 0) {
            List<SourceText.Line> annexLines = new ArrayList<>();
            for (LogicalLine l : lines.subList(annexAt, lines.size()))
                if (annexLines.isEmpty() || annexLines.get(annexLines.size() - 1) != l.physical())
                    annexLines.add(l.physical());
            roots.add(AppendixParser.parse(src, annexLines, "1", notes));
        }
        return ParsedDocument.assemble(src, roots, notes);
    }

    /**
     * Parses a stretch of lines with the plan rules into {@code frame} (an annex of a legal document):
     * the text before the first heading becomes the frame's own text; the frame's heading line is already written.
     */
    static void parseInto(SourceText src, List<LogicalLine> lines, Clause frame, List<String> notes) {
        Run run = new Run(src, notes, null, frame);
        for (LogicalLine l : lines) run.accept(l);
    }

    /** The state of one parse. */
    private static final class Run {
        final SourceText src;
        final Clause frame;
        final List<String> notes;
        final Deque<Clause> open = new ArrayDeque<>();
        final Deque<Integer> openRanks = new ArrayDeque<>();
        /** Where top-level clauses go: the document's roots, or the children of {@link #frame}. */
        final Placement placement;

        Clause conclusions;
        Clause lastWritten;
        boolean lastWasHeading;
        Clause awaitingPartHeading;

        Run(SourceText src, List<String> notes, List<Clause> roots, Clause frame) {
            this.src = src;
            this.notes = notes;
            this.frame = frame;
            this.placement = new Placement(roots, frame);
            if (frame != null) {
                lastWritten = frame;
                lastWasHeading = true;
            }
        }

        void place(Clause clause) {
            placement.place(clause);
        }

        void accept(LogicalLine l) {
            CleanLine line = l.clean();
            if (conclusions != null || CLOSING.matcher(line.text()).find()) {
                if (conclusions == null) {
                    conclusions = new Clause(ClauseKind.CONCLUSIONS, null, l.lineNo());
                    place(conclusions);
                    closeAll();
                }
                write(conclusions, line, false);
                return;
            }
            Numbering num = Numbering.of(line.text());
            if (awaitingPartHeading != null && num == null && isUpperCase(line.text())) {
                awaitingPartHeading.heading(line.text());
                write(awaitingPartHeading, line, true);
                awaitingPartHeading = null;
                return;
            }
            awaitingPartHeading = null;
            if (num != null && num.kind() == ClauseKind.INDENT && open.isEmpty()) {
                plain(l, line); // a bullet before the first heading belongs to the preamble's text
                return;
            }
            if (num != null) numbered(l, line, num);
            else plain(l, line);
        }

        void numbered(LogicalLine l, CleanLine line, Numbering num) {
            int rank = num.rank();
            while (!open.isEmpty() && openRanks.peek() >= rank) {
                open.pop();
                openRanks.pop();
            }
            Clause clause = new Clause(num.kind(), num.number(), l.lineNo());
            attach(clause);
            open.push(clause);
            openRanks.push(rank);
            CleanLine content = line.from(num.contentStart());
            if (content.isEmpty()) {
                if (num.kind() == ClauseKind.PART) awaitingPartHeading = clause;
                lastWritten = clause;
                lastWasHeading = true;
                return;
            }
            String heading = headingOf(num.kind(), content);
            clause.heading(heading);
            write(clause, content, heading != null);
        }

        void plain(LogicalLine l, CleanLine line) {
            if (open.isEmpty() && startsPreamble(line)) {
                write(placement.openPreamble(l.lineNo()), line, false);
                return;
            }
            if (isContinuation(line)) {
                lastWritten.continueParagraph(line);
                lastWasHeading = false;
                return;
            }
            // A bullet holds one paragraph; the next plain paragraph belongs to the bullet's clause.
            while (!open.isEmpty() && open.peek().kind() == ClauseKind.INDENT) {
                open.pop();
                openRanks.pop();
            }
            if (open.isEmpty()) {
                write(placement.frontMatter(l.lineNo()), line, false);
                return;
            }
            Clause owner = open.peek();
            if (owner.hasChildren()) {
                Clause p = new Clause(ClauseKind.UNNUMBERED, null, l.lineNo());
                owner.addChild(p);
                write(p, line, false);
            } else {
                write(owner, line, false);
            }
        }

        /** "Thực hiện Nghị quyết …" in plain type opens the recitals; in bold it is still the title. */
        boolean startsPreamble(CleanLine line) {
            boolean wholeLineEmphasised = line.emphasisEnd() == line.text().length();
            return placement.canOpenPreamble()
                    && !wholeLineEmphasised
                    && RECITAL.matcher(line.text()).find();
        }

        /**
         * A line that carries on the sentence of the previous one: it starts in lower case, or the
         * previous paragraph (not a heading) stopped mid-sentence — the page breaks of the sources.
         */
        boolean isContinuation(CleanLine line) {
            if (lastWritten == null || lastWritten.lastChar() == 0) return false;
            char first = line.text().charAt(0);
            if (Character.isLowerCase(first)) return true;
            if (lastWasHeading || isUpperCase(line.text())) return false;
            char last = lastWritten.lastChar();
            return Character.isLowerCase(last) || last == ',';
        }

        void write(Clause clause, CleanLine line, boolean isHeading) {
            clause.addParagraph(line);
            for (CleanLine.Footnote fn : line.footnotes()) {
                Clause note = new Clause(ClauseKind.FOOTNOTE, fn.number(), src.lineOf(fn.start()));
                note.addParagraph(LineCleaner.clean(src.text(), fn.start(), fn.end()));
                clause.addChild(note);
            }
            lastWritten = clause;
            // A line in bold or italics throughout is a title or heading, never a sentence broken off.
            lastWasHeading = isHeading || line.emphasisEnd() == line.text().length();
        }

        void attach(Clause clause) {
            if (open.isEmpty()) place(clause);
            else open.peek().addChild(clause);
        }

        void closeAll() {
            open.clear();
            openRanks.clear();
        }
    }

    /**
     * The heading a numbered line carries: its emphasised lead ("*7.1. Về giáo dục:* …"), or the
     * whole line when it is upper case, or when it is short, not a finished sentence, and of a kind
     * that names a topic (bullets and "(1)" items are sentences of a list, not headings); else null.
     */
    static String headingOf(ClauseKind kind, CleanLine content) {
        String lead = content.emphasisedLead();
        String text = content.text();
        if (lead != null) return stripColon(lead);
        if (isUpperCase(text)) return text;
        boolean listEntry = kind == ClauseKind.INDENT || kind == ClauseKind.ITEM;
        if (listEntry && !content.headingMarked()) return null;
        boolean sentence = text.endsWith(".") || text.endsWith(";");
        if (!sentence && text.length() <= MAX_HEADING_LENGTH) return stripColon(text);
        return null;
    }

    private static String stripColon(String s) {
        return s.endsWith(":") ? s.substring(0, s.length() - 1).strip() : s;
    }

    static boolean isUpperCase(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) return false;
                letters++;
            }
        }
        return letters >= 2;
    }
}
