package vn.policykg.extract.metadata;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the document takes effect: "<Kind> này có hiệu lực (thi hành) (kể) từ ngày 01 tháng 7 năm 2025"
 * (or "01/7/2025"), or "… kể từ ngày ký (ban hành)", which is the document's own date.
 */
final class EffectClause {

    /** The effect date, and whether it was read as "from the day of signing". */
    record Effect(Found<LocalDate> date, boolean fromSigning) {}

    private static final Pattern CLAUSE = Pattern.compile(
            "này\\s+(?:chính thức\\s+)?có\\s+hiệu\\s+lực(?:\\s+thi\\s+hành)?(?:\\s+kể)?\\s+từ\\s+("
                    + "ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})|ngày\\s+(\\d{1,2})/(\\d{1,2})/(\\d{4})|ngày\\s+ký(?:\\s+ban\\s+hành)?)");

    private EffectClause() {}

    static Optional<Effect> read(ReadingText text, int from, Optional<Found<LocalDate>> signed) {
        Matcher m = CLAUSE.matcher(text.view()).region(from, text.view().length());
        while (m.find()) {
            if (m.group(2) != null || m.group(5) != null) {
                Optional<LocalDate> date = m.group(2) != null
                        ? DateLine.date(m.group(4), m.group(3), m.group(2))
                        : DateLine.date(m.group(7), m.group(6), m.group(5));
                if (date.isPresent())
                    return Optional.of(new Effect(text.found(date.get(), m.start(1), m.end(1)), false));
            } else if (signed.isPresent())
                return Optional.of(new Effect(text.found(signed.get().value(), m.start(1), m.end(1)), true));
        }
        return Optional.empty();
    }
}
