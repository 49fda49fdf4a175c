package vn.policykg.web.workbench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Property;
import vn.policykg.vocab.Vocab;
import vn.policykg.web.facts.BodyInRole;
import vn.policykg.web.facts.StoredTask;

/**
 * Deadlines as an iCalendar (RFC 5545) feed: one all-day VEVENT per task on its due date (a recurring task: on
 * its first occurrence, repeated by an RRULE until the end of its period), its UID the
 * task IRI (stable across rebuilds, as the IRI is), its URL the task. Text is escaped and lines folded at
 * 75 octets without splitting a UTF-8 sequence, as the RFC asks.
 */
final class ICalendar {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int FOLD_OCTETS = 75;

    /** The roles as a task's description and the deadline page name them, in that order. */
    static final Map<Property, String> ROLES = roles();

    private ICalendar() {}

    private static Map<Property, String> roles() {
        Map<Property, String> out = new LinkedHashMap<>();
        out.put(Vocab.lead, "Chủ trì");
        out.put(Vocab.coordinating, "Phối hợp");
        out.put(Vocab.directing, "Chỉ đạo");
        return Collections.unmodifiableMap(out);
    }

    static String feed(String name, List<StoredTask> tasks, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//policy-kg//Vietnamese policy knowledge graph//VI");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(name));
        for (StoredTask t : tasks) {
            LocalDate first = t.recurrence() == null ? t.due() : Recurrence.first(t.recurrence(), t.start());
            if (first == null) continue; // no date, or a recurrence whose first year the text does not give
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + t.iri());
            line(out, "DTSTAMP:" + STAMP.format(stamp));
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(first));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(first.plusDays(1)));
            if (t.recurrence() != null)
                line(out, "RRULE:" + t.recurrence() + (t.due() == null ? "" : ";UNTIL=" + DATE.format(t.due())));
            line(out, "SUMMARY:" + escape(t.path() + " – " + t.name()));
            line(out, "DESCRIPTION:" + escape(description(t)));
            line(out, "URL:" + t.iri());
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static String description(StoredTask t) {
        StringBuilder d = new StringBuilder();
        d.append("Thời hạn: ").append(t.words());
        if (t.condition() != null) d.append("\nĐiều kiện: ").append(t.condition());
        ROLES.forEach((role, label) -> roles(d, label, t.inRole(role)));
        if (t.documentTitle() != null) d.append("\nVăn bản: ").append(t.documentTitle());
        return d.append("\n").append(t.iri()).toString();
    }

    private static void roles(StringBuilder d, String label, List<BodyInRole> bodies) {
        if (!bodies.isEmpty())
            d.append('\n')
                    .append(label)
                    .append(": ")
                    .append(String.join(
                            "; ", bodies.stream().map(BodyInRole::label).toList()));
    }

    /** TEXT value escaping (RFC 5545 §3.3.11). */
    static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Appends one content line, folded (RFC 5545 §3.1): CRLF and a space before each 74-octet continuation. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = FOLD_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = FOLD_OCTETS - 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
