package vn.policykg.web.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.policykg.web.PageLinks;
import vn.policykg.web.WebTest;
import vn.policykg.web.facts.FactReader;
import vn.policykg.web.facts.StoredTask;

/**
 * The iCalendar feeds read by an independent parser (Debian's python3-icalendar), and the deadlines
 * page's filters and errors. The dates of 000's immediate tasks are those its text states
 * (lines 86–134 of the source: "Trong tháng 5/2026", "Quý II/2026", "trước ngày 30/8/2026", …).
 */
class DeadlinesTest extends WebTest {

    @Autowired
    FactReader facts;

    private static final String LAO_CAI_42 = BASE + "eli/vn-lao-cai/ctr/undated/unnumbered-tu-42-nq-tw-2026-2030/";

    /** Clause of 000 §III.1 → its due date as the text gives it (the end of the period it names). */
    private static final Map<String, String> DUE_000 = Map.of(
            "sec_III__para_1.1", "2026-05-31", // Trong tháng 5/2026
            "sec_III__para_1.2", "2026-05-31", // Hoàn thành trong tháng 5/2026
            "sec_III__para_1.3", "2026-07-31", // Hoàn thành trong tháng 7/2026
            "sec_III__para_1.4", "2026-06-30", // Hoàn thành trong Quý II/2026
            "sec_III__para_1.5", "2026-08-30", // Hoàn thành xong trước ngày 30/8/2026
            "sec_III__para_1.6", "2026-06-30", // Hoàn thành trong Quý II/2026
            "sec_III__para_1.7", "2026-12-31", // Năm 2026 (sau khi hướng dẫn …)
            "sec_III__para_1.8", "2026-09-30", // Trong Quý III/2026
            "sec_III__para_1.9", "2026-09-30"); // Trong Quý III/2026

    @Test
    void theFeedOfAllDeadlinesCarriesTheDatesOf000sImmediateTasks() {
        HttpResponse<String> feed = get("/deadlines.ics", "text/calendar");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        JsonNode parsed = parse(feed.body());
        assertThat(parsed.get("version").asString()).isEqualTo("2.0");
        DUE_000.forEach((clause, due) -> {
            JsonNode event = event(parsed, LAO_CAI_42 + clause + "/task");
            assertThat(event.get("dtstart").asString()).as(clause).isEqualTo(due);
            assertThat(event.get("dtend").asString())
                    .as(clause)
                    .isEqualTo(LocalDate.parse(due).plusDays(1).toString());
            assertThat(event.get("url").asString()).as(clause).isEqualTo(LAO_CAI_42 + clause + "/task");
        });
        JsonNode literacy = event(parsed, LAO_CAI_42 + "sec_III__para_1.4/task");
        assertThat(literacy.get("summary").asString())
                .isEqualTo(
                        "III.1.4 – Xây dựng, ban hành kế hoạch mở các lớp xóa mù chữ cho người lớn giai đoạn 2026-2030.");
        assertThat(literacy.get("description").asString())
                .contains("Thời hạn: Hoàn thành trong Quý II/2026", "Chủ trì: Ủy ban nhân dân tỉnh");
        // Commas and semicolons survive escaping: 000 III.1.5 names two lead bodies ("…; Ủy ban nhân dân 04 xã biên
        // giới thực hiện").
        assertThat(event(parsed, LAO_CAI_42 + "sec_III__para_1.5/task")
                        .get("description")
                        .asString())
                .contains(
                        "Chủ trì: Đảng ủy Ủy ban nhân dân tỉnh; Ủy ban nhân dân 04 xã biên giới",
                        "Thời hạn: Hoàn thành xong trước ngày 30/8/2026");
        // Yên Bái's 2024 deadline and 004's are there too; a start without an end ("dự kiến từ năm 2027") is no event.
        assertThat(event(parsed, BASE + "eli/vn-yen-bai/ctr/undated/unnumbered-tu-42-nq-tw/sec_IV__para_1/task")
                        .get("dtstart")
                        .asString())
                .isEqualTo("2024-06-30");
        // 18: 004 §II.6.a's "… theo hướng … trong năm 2026" says how, not by when, so it is no event.
        assertThat(uids(parsed))
                .doesNotContain(LAO_CAI_42 + "sec_III__para_2.4/task")
                .hasSize(18);
        // §III.2 "Nhiệm vụ thực hiện trong giai đoạn 2026-2030": its items without a date of their own are due at
        // the end of the period their heading states; III.2.3 keeps its own "Dự kiến hoàn thành trong năm 2027".
        for (String item : List.of("2.1", "2.5", "2.6", "2.7")) {
            JsonNode event = event(parsed, LAO_CAI_42 + "sec_III__para_" + item + "/task");
            assertThat(event.get("dtstart").asString()).as(item).isEqualTo("2030-12-31");
            assertThat(event.get("description").asString()).as(item).contains("Thời hạn: giai đoạn 2026-2030");
        }
        assertThat(event(parsed, LAO_CAI_42 + "sec_III__para_2.3/task")
                        .get("dtstart")
                        .asString())
                .isEqualTo("2027-12-31");
        // III.2.2 "Hằng năm, xây dựng … Kế hoạch … giảm nghèo" recurs every year of the heading's 2026–2030 period:
        // first due at the end of 2026, then yearly until the end of 2030, as the independent parser reads the RRULE.
        JsonNode yearly = event(parsed, LAO_CAI_42 + "sec_III__para_2.2/task");
        assertThat(yearly.get("dtstart").asString()).isEqualTo("2026-12-31");
        assertThat(yearly.get("rrule").asString()).isEqualTo("FREQ=YEARLY;UNTIL=20301231");
        assertThat(yearly.get("description").asString()).contains("Thời hạn: Hằng năm");
        assertThat(event(parsed, LAO_CAI_42 + "sec_III__para_2.1/task")
                        .get("rrule")
                        .asString())
                .isEmpty();
    }

    @Test
    void anAgencysFeedHasOnlyTheTasksThatNameIt() {
        JsonNode parsed = parse(
                get("/deadlines/vn-lao-cai/so-cong-thuong.ics", "text/calendar").body());
        assertThat(parsed.get("name").asString()).isEqualTo("Thời hạn nhiệm vụ – Sở Công Thương (vn-lao-cai)");
        // 004 §II.4.b: "Sở Công Thương chủ trì, …", due "trong năm 2026"; its other tasks (II.2.e, II.5.b) state no
        // deadline.
        String trade = BASE + "eli/vn-lao-cai/ctr/2026/04-ctr-ubnd/sec_II__para_4__point_b/task";
        assertThat(uids(parsed)).containsExactly(trade);
        assertThat(event(parsed, trade).get("dtstart").asString()).isEqualTo("2026-12-31");
        JsonNode provincialCommittee = parse(get("/deadlines/vn-lao-cai/uy-ban-nhan-dan-tinh.ics", "text/calendar")
                .body());
        assertThat(uids(provincialCommittee))
                .contains(LAO_CAI_42 + "sec_III__para_1.4/task", LAO_CAI_42 + "sec_III__para_1.6/task")
                .doesNotContain(LAO_CAI_42 + "sec_III__para_1.1/task");
    }

    @Test
    void unknownAgenciesAndMalformedAddressesAreClientErrors() {
        HttpResponse<String> unknown = get("/deadlines/vn-lao-cai/so-khong-ton-tai.ics", "text/calendar");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("\"error\"", "\"message\"");
        assertThat(get("/deadlines/vn-lao-cai/So_Y_Te.ics", "text/calendar").statusCode())
                .isEqualTo(400);
        HttpResponse<String> badDate = get("/deadlines?asOf=15-05-2026", "text/html");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("Ngày &quot;15-05-2026&quot; không hợp lệ");
        assertThat(get("/deadlines?agency=http://example.org/x", "text/html").statusCode())
                .isEqualTo(400);
    }

    /**
     * The page stays one size however many tasks there are: every group shows its first tasks and links to the
     * rest, and a group alone comes a page at a time. Cut small here, the seeds' tasks as of 15 June 2026 (the
     * groups WorkbenchPagesBrowserTest reads whole).
     */
    @Test
    void groupsLongerThanAPageShowTheirFirstTasksAndComeAPageAtATime() {
        List<StoredTask> dated = facts.tasks().stream()
                .filter(StoredTask::hasDeadline)
                .sorted(StoredTask.BY_DUE_DATE)
                .toList();
        LocalDate day = LocalDate.parse("2026-06-15");
        BiFunction<DeadlineGroups.Kind, Integer, String> href = (k, p) -> (k == null ? "every" : k.id) + "#" + p;
        Map<String, DeadlineGroups.Group> every = DeadlineGroups.of(dated, day, null, 1, 2, 3, href).stream()
                .collect(Collectors.toMap(DeadlineGroups.Group::id, g -> g));
        assertThat(every.keySet()).containsExactlyInAnyOrder("overdue", "soon", "later", "start-only");
        assertThat(every.get("overdue").total()).isEqualTo(4);
        assertThat(paths(every.get("overdue"))).containsExactly("IV.1", "III.1.1");
        assertThat(every.get("overdue").more()).isEqualTo("overdue#1");
        assertThat(paths(every.get("soon"))).containsExactly("III.1.4", "III.1.6");
        assertThat(every.get("start-only").total()).isEqualTo(1);
        assertThat(every.get("start-only").more()).isNull();
        assertThat(every.values()).allSatisfy(g -> assertThat(g.pages()).isEmpty());

        DeadlineGroups.Group later = DeadlineGroups.of(dated, day, DeadlineGroups.Kind.LATER, 1, 2, 100, href)
                .getFirst();
        assertThat(paths(later)).startsWith("III.1.8", "III.1.9").contains("III.1.7", "III.2.3", "III.2.1");
        int pageCount = (later.total() + 2) / 3;
        assertThat(pageCount).isGreaterThan(1);
        List<String> paged = new ArrayList<>();
        for (int p = 1; p <= pageCount; p++) {
            DeadlineGroups.Group page = DeadlineGroups.of(dated, day, DeadlineGroups.Kind.LATER, p, 2, 3, href)
                    .getFirst();
            assertThat(page.total()).isEqualTo(later.total());
            assertThat(page.tasks()).hasSizeLessThanOrEqualTo(3);
            assertThat(page.pages())
                    .filteredOn(PageLinks.PageLink::current)
                    .extracting(PageLinks.PageLink::href)
                    .containsExactly("later#" + p);
            paged.addAll(paths(page));
        }
        assertThat(paged).isEqualTo(paths(later));
        assertThatThrownBy(() -> DeadlineGroups.of(dated, day, DeadlineGroups.Kind.LATER, pageCount + 1, 2, 3, href))
                .hasMessageContaining("«page»")
                .hasMessageContaining("(" + pageCount + ")");
    }

    @Test
    void aGroupAloneListsOnlyItsTasksAndBadGroupsOrPagesAreClientErrors() {
        String page = get("/deadlines?asOf=2026-06-15&group=soon", "text/html").body();
        assertThat(page)
                .contains("id=\"soon\"", "III.1.4", "(4)", "id=\"every-group\"", "href=\"/deadlines?asOf=2026-06-15\"")
                .doesNotContain("id=\"overdue\"", "id=\"later\"");
        HttpResponse<String> group = get("/deadlines?group=soonish", "text/html");
        assertThat(group.statusCode()).isEqualTo(400);
        assertThat(group.body()).contains("«group»", "soonish", "overdue, soon, later, start-only");
        assertThat(get("/deadlines?page=2", "text/html").body()).contains("«page»", "«group»");
        assertThat(get("/deadlines?page=2", "text/html").statusCode()).isEqualTo(400);
        assertThat(get("/deadlines?group=soon&page=0", "text/html").statusCode())
                .isEqualTo(400);
        assertThat(get("/deadlines?group=soon&page=abc", "text/html").statusCode())
                .isEqualTo(400);
        assertThat(get("/deadlines?group=soon&page=2", "text/html").statusCode())
                .isEqualTo(400);
    }

    private static List<String> paths(DeadlineGroups.Group g) {
        return g.tasks().stream().map(StoredTask::path).toList();
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        String body = get("/deadlines.ics", "text/calendar").body();
        assertThat(body).contains("\r\n ").endsWith("END:VCALENDAR\r\n");
        for (String line : body.split("\r\n"))
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
    }

    private static JsonNode event(JsonNode parsed, String uid) {
        for (JsonNode e : parsed.get("events")) if (e.get("uid").asString().equals(uid)) return e;
        throw new AssertionError("no event " + uid + " in " + uids(parsed));
    }

    private static List<String> uids(JsonNode parsed) {
        return parsed.get("events")
                .valueStream()
                .map(e -> e.get("uid").asString())
                .toList();
    }

    /** The feed as python3-icalendar reads it. */
    static JsonNode parse(String feed) {
        return Python.read("ics_events.py", feed);
    }
}
