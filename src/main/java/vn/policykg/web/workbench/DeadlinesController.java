package vn.policykg.web.workbench;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.policykg.web.Addresses;
import vn.policykg.web.facts.BodyInRole;
import vn.policykg.web.facts.FactReader;
import vn.policykg.web.facts.StoredTask;

/**
 * Tasks by due date as of a chosen day (overdue, due in the next 90 days, later), filterable by agency
 * and document; the same deadlines as iCalendar feeds, one for all and one per agency.
 */
@Controller
public class DeadlinesController {

    static final int SOON_DAYS = 90;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final FactReader facts;
    /** The configured base of data IRIs. */
    private final String base;

    private final Addresses addresses;
    private final Clock clock;

    public DeadlinesController(FactReader facts, Addresses addresses) {
        this.facts = facts;
        this.base = addresses.base();
        this.addresses = addresses;
        this.clock = Clock.systemDefaultZone();
    }

    /** A group of tasks on the page. */
    public record Group(String id, String title, String english, List<StoredTask> tasks) {}

    /** A choice of a filter: value (an IRI) and what the reader sees. */
    public record Option(String value, String label) {}

    @GetMapping("/deadlines")
    public String page(
            @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) String document,
            Model model) {
        LocalDate day = asOf == null || asOf.isBlank() ? LocalDate.now(clock) : parseDate(asOf);
        List<StoredTask> all = withDeadline();
        Map<String, String> agencies = agencies(all);
        Map<String, String> documents = documents(all);
        String agencyIri = choice("agency", "cơ quan", agency, agencies);
        String documentIri = choice("document", "văn bản", document, documents);
        Predicate<StoredTask> chosen = t -> (agencyIri == null || t.names(agencyIri))
                && (documentIri == null || t.document().equals(documentIri));
        List<StoredTask> shown = all.stream().filter(chosen).toList();
        LocalDate soon = day.plusDays(SOON_DAYS);
        model.addAttribute("links", addresses);
        model.addAttribute("roles", ICalendar.ROLES);
        model.addAttribute("asOf", day);
        model.addAttribute("soonUntil", soon);
        model.addAttribute("agency", agencyIri);
        model.addAttribute("document", documentIri);
        model.addAttribute("agencies", options(agencies));
        model.addAttribute("documents", options(documents));
        model.addAttribute("agencyFeed", agencyIri == null ? null : feedPath(agencyIri));
        model.addAttribute(
                "groups",
                List.of(
                        new Group(
                                "overdue",
                                "Quá hạn",
                                "Overdue",
                                shown.stream()
                                        .filter(t -> t.due() != null && t.due().isBefore(day))
                                        .toList()),
                        new Group(
                                "soon",
                                "Đến hạn trong 90 ngày tới",
                                "Due in the next 90 days",
                                shown.stream()
                                        .filter(t -> t.due() != null
                                                && !t.due().isBefore(day)
                                                && !t.due().isAfter(soon))
                                        .toList()),
                        new Group(
                                "later",
                                "Sau đó",
                                "Later",
                                shown.stream()
                                        .filter(t -> t.due() != null && t.due().isAfter(soon))
                                        .toList()),
                        new Group(
                                "start-only",
                                "Chỉ có thời điểm bắt đầu",
                                "Only a start is given",
                                shown.stream().filter(t -> t.due() == null).toList())));
        return "deadlines";
    }

    @GetMapping("/deadlines.ics")
    public ResponseEntity<String> allFeed() {
        return calendar("Thời hạn nhiệm vụ – tất cả văn bản", withDeadline());
    }

    @GetMapping("/deadlines/{jurisdiction}/{slug}.ics")
    public ResponseEntity<String> agencyFeed(@PathVariable String jurisdiction, @PathVariable String slug) {
        if (!SLUG.matcher(jurisdiction).matches() || !SLUG.matcher(slug).matches())
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "Địa bàn và tên cơ quan chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (e.g. /deadlines/vn-lao-cai/so-y-te.ics).");
        String agency = base + "org/" + jurisdiction + "/" + slug;
        List<StoredTask> all = withDeadline();
        String name = agencies(all).get(agency);
        if (name == null)
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "Không có cơ quan nào có nhiệm vụ với thời hạn tại " + agency);
        return calendar(
                "Thời hạn nhiệm vụ – " + name,
                all.stream().filter(t -> t.names(agency)).toList());
    }

    private List<StoredTask> withDeadline() {
        return facts.tasks().stream()
                .filter(StoredTask::hasDeadline)
                .sorted(StoredTask.BY_DUE_DATE)
                .toList();
    }

    /** The feed of one agency, from its IRI {base}org/{jurisdiction}/{slug}. */
    String feedPath(String agencyIri) {
        return "/deadlines/" + agencyIri.substring((base + "org/").length()) + ".ics";
    }

    private ResponseEntity<String> calendar(String name, List<StoredTask> list) {
        return ResponseEntity.ok().contentType(CALENDAR).body(ICalendar.feed(name, list, clock.instant()));
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "Ngày \"" + text
                            + "\" không hợp lệ: dùng dạng YYYY-MM-DD, ví dụ 2026-05-15. (asOf must be a date YYYY-MM-DD.)");
        }
    }

    private static String choice(String parameter, String what, String value, Map<String, String> known) {
        if (value == null || value.isBlank()) return null;
        if (!known.containsKey(value))
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "Không có " + what + " nào có nhiệm vụ với thời hạn là \"" + value + "\". (Unknown " + parameter
                            + ".)");
        return value;
    }

    /** Bodies named by tasks with a deadline, IRI to label with its province. */
    private static Map<String, String> agencies(List<StoredTask> all) {
        Map<String, String> out = new LinkedHashMap<>();
        all.stream()
                .flatMap(t -> t.bodies().stream())
                .sorted(Comparator.comparing(BodyInRole::label))
                .forEach(b -> out.putIfAbsent(b.iri(), b.label() + " (" + jurisdictionOf(b.iri()) + ")"));
        return out;
    }

    private static String jurisdictionOf(String bodyIri) {
        String[] parts = bodyIri.split("/");
        return parts[parts.length - 2];
    }

    private static Map<String, String> documents(List<StoredTask> all) {
        Map<String, String> out = new LinkedHashMap<>();
        all.stream()
                .sorted(Comparator.comparing(StoredTask::document))
                .forEach(t ->
                        out.putIfAbsent(t.document(), t.documentTitle() == null ? t.document() : t.documentTitle()));
        return out;
    }

    private static List<Option> options(Map<String, String> map) {
        return map.entrySet().stream()
                .map(e -> new Option(e.getKey(), e.getValue()))
                .toList();
    }
}
