package vn.policykg.extract.metadata;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A transcription published without the header block opens with a lead sentence instead:
 * "… đã ký ban hành Nghị quyết số 57-NQ/TW (ngày 22/12/2024) của Bộ Chính trị về …". It gives the
 * date, the issuing body and the subject when the header does not.
 */
final class PublicationLead {

    /** @param subject what the document is about, the words after "về" to the end of the sentence, if the lead says */
    record Lead(Found<LocalDate> date, Found<String> issuer, Optional<Found<String>> subject) {}

    private static final Pattern SUBJECT = Pattern.compile("\\G\\s+(về\\s+[^.;*]+)");

    private static final Pattern LEAD = Pattern.compile(
            "ban hành\\s+\\p{L}+(?:\\s\\p{L}+){0,2}\\s+số\\s+" + DocumentNumbers.NUMBER
                    + "\\s*\\(?(ngày\\s+(\\d{1,2})/(\\d{1,2})/(\\d{4}))\\)?\\s+của\\s+(\\p{Lu}[\\p{L} ]+?)(?=\\s+về\\s|[,.;)])");
    /** The lead stands at the top of the text. */
    private static final int REACH = 2000;

    private PublicationLead() {}

    static Optional<Lead> read(ReadingText text) {
        Matcher m =
                LEAD.matcher(text.view()).region(0, Math.min(REACH, text.view().length()));
        if (!m.find()) return Optional.empty();
        Matcher subject =
                SUBJECT.matcher(text.view()).region(m.end(5), text.view().length());
        Optional<Found<String>> about = subject.find()
                ? Optional.of(text.found(
                        subject.group(1).strip(),
                        subject.start(1),
                        subject.start(1) + subject.group(1).strip().length()))
                : Optional.empty();
        return DateLine.date(m.group(4), m.group(3), m.group(2))
                .map(date -> new Lead(
                        text.found(date, m.start(1), m.end(1)), text.found(m.group(5), m.start(5), m.end(5)), about));
    }
}
