package vn.policykg.extract.metadata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@link DocumentHeader} from a document's reading text (gazette PDF-to-text with its page
 * furniture, a Markdown transcription, or a plain seed text). Each field is read by its own piece;
 * this class only orders them: the number line anchors the issuer and the date, the kind line
 * anchors the title, the title's end anchors the preamble.
 */
public final class DocumentHeaderReader {

    private static final Pattern BODY_START = Pattern.compile("(?m)^(?:Điều 1\\b|Chương I\\b|Phần I\\b|Phần thứ nhất)");
    private static final Pattern CONSOLIDATED = Pattern.compile("XÁC THỰC VĂN BẢN HỢP NHẤT|VĂN BẢN HỢP NHẤT");
    private static final Pattern ISSUES =
            Pattern.compile("Ban hành kèm theo\\s+\\p{L}+(?:\\s\\p{L}+){0,2}\\s+này\\s+((?:[^.;]++|\\.(?=\\d))++)");
    private static final Pattern ENACTING = Pattern.compile(
            "(?:^|,\\s*)((?:Ủy|Uỷ) ban[\\p{L} ]+?|Bộ [\\p{L} -]+?|Chính phủ|Thủ tướng Chính phủ|Quốc hội|Ban Thường vụ[\\p{L} ]+?|(?:Tỉnh|Thành) [uủ]y[\\p{L} ]*?)\\s+ban hành\\s");
    /** Fewer chars than this outside page furniture: the PDF had no text layer for the document (scanned pages). */
    private static final int TEXT_LAYER = 300;
    /** How many kept lines the header (kind line included) may take before the title. */
    private static final int HEADER_LINES = 60;

    public DocumentHeader read(String original) {
        ReadingText text = new ReadingText(original);
        String view = text.view();
        List<String> notes = new ArrayList<>();
        Matcher bodyMatch = BODY_START.matcher(view);
        int bodyStart = bodyMatch.find() ? bodyMatch.start() : view.length();
        if (view.length() < TEXT_LAYER)
            notes.add("no text: the file holds only page furniture (a scanned PDF without a text layer?)");

        Optional<Found<String>> number = NumberLine.read(text, bodyStart);
        int numberLine =
                number.map(n -> text.lineAt(text.viewOffset(n.start()))).orElse(0);
        int numberLineStart =
                text.lines().isEmpty() ? 0 : text.lines().get(numberLine).start();
        List<Found<String>> issuers = number.isPresent() ? IssuerBlock.read(text, numberLine) : new ArrayList<>();
        Optional<DateLine.PlaceAndDate> placeDate = DateLine.read(text, numberLineStart);
        Optional<Found<LocalDate>> date = placeDate.map(DateLine.PlaceAndDate::date);
        Optional<PublicationLead.Lead> lead = PublicationLead.read(text);
        if (date.isEmpty())
            date = DateLine.unplaced(text, numberLineStart).or(() -> lead.map(PublicationLead.Lead::date));

        Matcher consolidatedWords = CONSOLIDATED.matcher(view);
        boolean consolidated =
                number.map(n -> n.value().contains("VBHN")).orElse(false) || view.contains("XÁC THỰC VĂN BẢN HỢP NHẤT");
        Optional<KindAndTitle.Result> kindTitle =
                KindAndTitle.read(text, 0, Math.min(HEADER_LINES, text.lineAt(bodyStart) + 1), consolidated);
        Optional<Found<DocumentKind>> kind = kindTitle.map(KindAndTitle.Result::kind);
        Optional<Found<DocumentKind>> consolidatedKind = Optional.empty();
        if (consolidated) {
            consolidatedKind = kind;
            kind = consolidatedWords.find()
                    ? Optional.of(text.found(
                            DocumentKind.CONSOLIDATED_TEXT,
                            consolidatedWords.end() - "VĂN BẢN HỢP NHẤT".length(),
                            consolidatedWords.end()))
                    : number.map(n -> n.with(DocumentKind.CONSOLIDATED_TEXT));
        }
        Optional<Found<String>> title =
                kindTitle.flatMap(KindAndTitle.Result::title).or(() -> lead.flatMap(PublicationLead.Lead::subject));
        int preambleLine = kindTitle
                .map(KindAndTitle.Result::nextLine)
                .orElse(placeDate.map(p -> numberLine + 1).orElse(0));
        List<Preamble.Statement> statements = Preamble.read(text, preambleLine, text.lineAt(bodyStart) + 1);

        if (issuers.isEmpty())
            enacting(text, statements)
                    .or(() -> lead.map(PublicationLead.Lead::issuer))
                    .ifPresent(issuers::add);

        List<Found<String>> bases = words(statements, Preamble.Opening.BASIS);
        List<Found<String>> implementing = new ArrayList<>();
        for (Preamble.Statement s : statements)
            if (s.opening() == Preamble.Opening.IMPLEMENTS)
                DocumentNumbers.cited(text, s.start(), s.end()).stream()
                        .filter(n ->
                                implementing.stream().noneMatch(m -> m.value().equals(n.value())))
                        .forEach(implementing::add);
        Optional<Found<String>> proposedBy =
                words(statements, Preamble.Opening.PROPOSAL).stream().findFirst();
        Matcher issues = ISSUES.matcher(view);
        Optional<Found<String>> issued = issues.find()
                ? Optional.of(text.found(
                        issues.group(1).replaceAll("\\s+", " ").strip(),
                        issues.start(1),
                        issues.start(1) + issues.group(1).stripTrailing().length()))
                : Optional.empty();

        int signerFrom = number.filter(n -> text.viewOffset(n.start()) > bodyStart)
                .map(n -> numberLine)
                .orElse(text.lineAt(bodyStart));
        Optional<Found<String>> signer = SignerBlock.read(text, signerFrom);
        Optional<EffectClause.Effect> effect = EffectClause.read(text, bodyStart < view.length() ? bodyStart : 0, date);

        List<Found<String>> amends = new ArrayList<>();
        List<int[]> amendingRanges = new ArrayList<>();
        title.ifPresent(t -> amendingRanges.add(new int[] {text.viewOffset(t.start()), text.viewOffset(t.end())}));
        statements.stream()
                .filter(s -> s.opening() == Preamble.Opening.OTHER)
                .forEach(s -> amendingRanges.add(new int[] {s.start(), s.end()}));
        if (!consolidated) amendingRanges.addAll(AmendmentClauses.headings(text, bodyStart, view.length()));
        for (int[] range : amendingRanges)
            for (Found<String> n : AmendmentClauses.read(text, AmendmentClauses.Relation.AMENDS, range[0], range[1]))
                if (amends.stream().noneMatch(a -> a.value().equals(n.value()))
                        && !number.map(Found::value).equals(Optional.of(n.value()))) amends.add(n);
        List<Found<String>> replaces =
                AmendmentClauses.read(text, AmendmentClauses.Relation.REPLACES, bodyStart, view.length());
        List<Found<String>> repeals =
                AmendmentClauses.read(text, AmendmentClauses.Relation.REPEALS, bodyStart, view.length());
        List<Found<String>> consolidates = new ArrayList<>();
        if (consolidated)
            for (Preamble.Statement s : statements) {
                if (s.opening() != Preamble.Opening.OTHER) break;
                consolidates.addAll(DocumentNumbers.first(text, s.start(), s.end()));
            }

        note(
                notes,
                issuers.isEmpty(),
                "issuer: no body in capitals above the number line, no enacting sentence \"… ban hành\"");
        note(notes, number.isEmpty(), "number: no line \"Số: …\" before the first article");
        note(notes, placeDate.isEmpty(), "place and date: no line \"<place>, ngày … tháng … năm …\" beside the number");
        note(notes, kind.isEmpty(), "kind: no kind line in capitals in the header");
        note(notes, title.isEmpty(), "title: no lines after the kind line");
        note(notes, bases.isEmpty(), "legal bases: no \"Căn cứ …\" statement");
        note(notes, proposedBy.isEmpty(), "proposing body: no \"Theo đề nghị của …\"");
        note(notes, signer.isEmpty(), "signer: no name under a signing role (KT./TM./BỘ TRƯỞNG …)");
        note(notes, effect.isEmpty(), "effect date: no \"… này có hiệu lực … từ ngày …\"");
        note(
                notes,
                consolidated && consolidates.isEmpty(),
                "consolidates: no list of consolidated documents after the title");
        if (effect.isPresent() && effect.get().fromSigning())
            notes.add("effect date: \"từ ngày ký\", taken as the document's date");
        if (view.contains("(Xem tiếp") || original.contains("(Xem tiếp"))
            notes.add("text continues in the next gazette issue: this file holds only the first part");

        return new DocumentHeader(
                issuers,
                number,
                placeDate.map(DateLine.PlaceAndDate::place),
                date,
                kind,
                consolidatedKind,
                title,
                bases,
                implementing,
                issued,
                proposedBy,
                signer,
                effect.map(EffectClause.Effect::date),
                effect.map(EffectClause.Effect::fromSigning).orElse(false),
                amends,
                replaces,
                repeals,
                consolidates,
                notes);
    }

    /** The body named in an enacting sentence "…, Ủy ban nhân dân tỉnh Lào Cai ban hành …", for texts without a header block. */
    private static Optional<Found<String>> enacting(ReadingText text, List<Preamble.Statement> statements) {
        for (Preamble.Statement s : statements) {
            Matcher m = ENACTING.matcher(text.view()).region(s.start(), s.end());
            if (m.find()) return Optional.of(text.found(m.group(1), m.start(1), m.end(1)));
        }
        return Optional.empty();
    }

    private static List<Found<String>> words(List<Preamble.Statement> statements, Preamble.Opening opening) {
        return statements.stream()
                .filter(s -> s.opening() == opening)
                .map(Preamble.Statement::words)
                .toList();
    }

    private static void note(List<String> notes, boolean missing, String note) {
        if (missing) notes.add(note);
    }
}
