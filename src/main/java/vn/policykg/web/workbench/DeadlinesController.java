package vn.policykg.web.workbench;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
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
import org.springframework.web.util.UriComponentsBuilder;
import vn.policykg.store.GenerationMemo;
import vn.policykg.store.LiveStore;
import vn.policykg.web.Addresses;
import vn.policykg.web.PageLinks;
import vn.policykg.web.facts.BodyInRole;
import vn.policykg.web.facts.FactReader;
import vn.policykg.web.facts.StoredTask;

/**
 * Tasks by due date as of a chosen day (overdue, due in the next 90 days, later), filterable by agency
 * and document, each group's first tasks or one group a page at a time ({@link DeadlineGroups}); the same
 * deadlines as iCalendar feeds, one for all and one per agency.
 */
@Controller
public class DeadlinesController {

    static final int SOON_DAYS = 90;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    /** Tasks per group when every group is shown; the rest are a link away. */
    static final int PREVIEW = 25;
    /** Tasks per page of one group. */
    static final int PAGE_SIZE = 100;

    private final GenerationMemo<Deadlines> deadlines;
    /** The configured base of data IRIs. */
    private final String base;

    private final Addresses addresses;
    private final Clock clock;

    public DeadlinesController(FactReader facts, LiveStore store, Addresses addresses) {
        this.deadlines = new GenerationMemo<>(store, gen -> Deadlines.of(facts));
        this.base = addresses.base();
        this.addresses = addresses;
        this.clock = Clock.systemDefaultZone();
    }

    /** A choice of a filter: value (an IRI) and what the reader sees. */
    public record Option(String value, String label) {}

    @GetMapping("/deadlines")
    public String page(
            @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) String document,
            @RequestParam(required = false) String group,
            @RequestParam(required = false) String page,
            Model model) {
        LocalDate day = asOf == null || asOf.isBlank() ? LocalDate.now(clock) : parseDate(asOf);
        Deadlines deadlines = this.deadlines.get();
        String agencyIri = choice("agency", "cơ quan", agency, deadlines.agencies());
        String documentIri = choice("document", "văn bản", document, deadlines.documents());
        Predicate<StoredTask> chosen = t -> (agencyIri == null || t.names(agencyIri))
                && (documentIri == null || t.document().equals(documentIri));
        List<StoredTask> shown = deadlines.tasks().stream().filter(chosen).toList();
        DeadlineGroups.Kind only = DeadlineGroups.Kind.named(group);
        model.addAttribute("links", addresses);
        model.addAttribute("roles", ICalendar.ROLES);
        model.addAttribute("asOf", day);
        model.addAttribute("soonUntil", day.plusDays(SOON_DAYS));
        model.addAttribute("agency", agencyIri);
        model.addAttribute("document", documentIri);
        model.addAttribute("agencies", options(deadlines.agencies()));
        model.addAttribute("documents", options(deadlines.documents()));
        model.addAttribute("agencyFeed", agencyIri == null ? null : feedPath(agencyIri));
        BiFunction<DeadlineGroups.Kind, Integer, String> href = (k, p) -> UriComponentsBuilder.fromPath("/deadlines")
                .queryParamIfPresent(
                        "asOf",
                        Optional.ofNullable(asOf).filter(a -> !a.isBlank()).map(a -> day))
                .queryParamIfPresent("agency", Optional.ofNullable(agencyIri))
                .queryParamIfPresent("document", Optional.ofNullable(documentIri))
                .queryParamIfPresent("group", Optional.ofNullable(k).map(g -> g.id))
                .queryParamIfPresent("page", Optional.ofNullable(p).filter(n -> n > 1))
                .encode()
                .build()
                .toUriString();
        model.addAttribute("everyGroup", only == null ? null : href.apply(null, null));
        model.addAttribute(
                "groups", DeadlineGroups.of(shown, day, only, PageLinks.number(page), PREVIEW, PAGE_SIZE, href));
        return "deadlines";
    }

    @GetMapping("/deadlines.ics")
    public ResponseEntity<String> allFeed() {
        return calendar("Thời hạn nhiệm vụ – tất cả văn bản", deadlines.get().tasks());
    }

    @GetMapping("/deadlines/{jurisdiction}/{slug}.ics")
    public ResponseEntity<String> agencyFeed(@PathVariable String jurisdiction, @PathVariable String slug) {
        if (!SLUG.matcher(jurisdiction).matches() || !SLUG.matcher(slug).matches())
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "Địa bàn và tên cơ quan chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (e.g. /deadlines/vn-lao-cai/so-y-te.ics).");
        String agency = base + "org/" + jurisdiction + "/" + slug;
        Deadlines deadlines = this.deadlines.get();
        String name = deadlines.agencies().get(agency);
        if (name == null)
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "Không có cơ quan nào có nhiệm vụ với thời hạn tại " + agency);
        return calendar(
                "Thời hạn nhiệm vụ – " + name,
                deadlines.tasks().stream().filter(t -> t.names(agency)).toList());
    }

    /**
     * The tasks with a deadline in due-date order, and the agencies and documents they name (the filters'
     * choices): read from the graph once per generation, since every request of the page and feeds needs them.
     */
    private record Deadlines(List<StoredTask> tasks, Map<String, String> agencies, Map<String, String> documents) {
        static Deadlines of(FactReader facts) {
            List<StoredTask> tasks = facts.tasks().stream()
                    .filter(StoredTask::hasDeadline)
                    .sorted(StoredTask.BY_DUE_DATE)
                    .toList();
            return new Deadlines(tasks, DeadlinesController.agencies(tasks), DeadlinesController.documents(tasks));
        }
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
