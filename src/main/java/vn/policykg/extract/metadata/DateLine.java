package vn.policykg.extract.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The place and date line beside the number: "Hà Nội, ngày 14 tháng 12 năm 2020". */
final class DateLine {

    record PlaceAndDate(Found<String> place, Found<LocalDate> date) {}

    private static final Pattern LINE = Pattern.compile(
            "((?:TP\\.\\s?)?\\p{Lu}\\p{Ll}*(?:[ -]\\p{Lu}\\p{Ll}*){0,3}),\\s*(ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4}))");
    /** A heading naming the document with its date, or a National Assembly text's adoption ("… thông qua ngày …"). */
    private static final Pattern UNPLACED = Pattern.compile(
            "(?:^\\p{Lu}\\p{Ll}+(?: \\p{Ll}+){0,2} số \\S+\\s+|thông qua\\s+)(ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4}))",
            Pattern.MULTILINE);
    /** How far from the number line the date line may stand (header columns come in varying order). */
    private static final int AFTER = 800, BEFORE = 400;

    private DateLine() {}

    static Optional<PlaceAndDate> read(ReadingText text, int numberLineStart) {
        String view = text.view();
        Optional<PlaceAndDate> after = first(text, numberLineStart, Math.min(view.length(), numberLineStart + AFTER));
        return after.isPresent() ? after : first(text, Math.max(0, numberLineStart - BEFORE), numberLineStart);
    }

    /** The date when no place-and-date line stands by the number: the number heading's own date, else the adoption date. */
    static Optional<Found<LocalDate>> unplaced(ReadingText text, int numberLineStart) {
        Matcher m = UNPLACED.matcher(text.view())
                .region(numberLineStart, text.view().length());
        while (m.find()) {
            Optional<LocalDate> date = date(m.group(4), m.group(3), m.group(2));
            if (date.isPresent()) return Optional.of(text.found(date.get(), m.start(1), m.end(1)));
        }
        return Optional.empty();
    }

    private static Optional<PlaceAndDate> first(ReadingText text, int from, int to) {
        Matcher m = LINE.matcher(text.view()).region(from, to);
        while (m.find()) {
            Optional<LocalDate> date = date(m.group(5), m.group(4), m.group(3));
            if (date.isPresent())
                return Optional.of(new PlaceAndDate(
                        text.found(m.group(1), m.start(1), m.end(1)), text.found(date.get(), m.start(2), m.end(2))));
        }
        return Optional.empty();
    }

    static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
