package vn.policykg.web.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.policykg.web.WebTest;

/** CSV and JSON exports of tasks and targets, read back by Python's csv module, with their filters and errors. */
class ExportTest extends WebTest {

    private static final String LAO_CAI_42 = BASE + "eli/vn-lao-cai/ctr/undated/unnumbered-tu-42-nq-tw-2026-2030";

    @Test
    void urbanUnemploymentTargetsAsCsvCarryEachDocumentsValueAndComparator() {
        HttpResponse<String> csv = get("/export/targets.csv?indicator=ty-le-that-nghiep-thanh-thi", "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(csv.body())
                .startsWith("target,document,documentTitle,province,clause,path,indicator,")
                .contains("\r\n");
        JsonNode rows = Python.read("csv_rows.py", csv.body());
        // By document IRI: 001 II.2.1 "dưới 2,7%", 000 II.2.2 "dưới 2%", 002 "dưới 2%", 003 II.2.2 "dưới 2%"; all for
        // 2030.
        assertThat(column(rows, "document"))
                .containsExactly(
                        BASE + "eli/vn-lai-chau/ctr/undated/unnumbered-tu-42-nq-tw",
                        LAO_CAI_42,
                        BASE + "eli/vn-lao-cai/da/2025/unnumbered-giam-ngheo-da-chieu-an-sinh-xa-hoi-2026-2030",
                        BASE + "eli/vn-yen-bai/ctr/undated/unnumbered-tu-42-nq-tw");
        assertThat(column(rows, "province")).containsExactly("vn-lai-chau", "vn-lao-cai", "vn-lao-cai", "vn-yen-bai");
        assertThat(column(rows, "value")).containsExactly("2.7", "2.0", "2.0", "2.0");
        assertThat(column(rows, "comparator")).containsOnly("lt");
        assertThat(column(rows, "period")).containsOnly("2030");
        assertThat(column(rows, "words"))
                .contains("tỷ lệ thất nghiệp của lực lượng lao động trong độ tuổi khu vực thành thị");
        // Titles with commas and quotes survive the quoting.
        assertThat(column(rows, "documentTitle").getLast())
                .startsWith("Chương trình hành động thực hiện Nghị quyết số 42-NQ/TW ngày 24/11/2023");
    }

    @Test
    void tasksAsJsonFilteredByDocumentAgencyAndYear() {
        String agency = BASE + "org/vn-lao-cai/uy-ban-nhan-dan-tinh";
        JsonNode json = json(get(
                "/export/tasks.json?document=" + encode(LAO_CAI_42) + "&agency=" + encode(agency) + "&year=2026",
                "application/json"));
        assertThat(json.get("count").asInt()).isEqualTo(3);
        List<String> paths = json.get("tasks")
                .valueStream()
                .map(t -> t.get("path").asString())
                .toList();
        assertThat(paths).containsExactly("III.1.4", "III.1.6", "III.1.7");
        JsonNode literacy = json.get("tasks").get(0);
        assertThat(literacy.get("due").asString()).isEqualTo("2026-06-30");
        assertThat(literacy.get("deadline").asString()).isEqualTo("Hoàn thành trong Quý II/2026");
        assertThat(literacy.get("lead").get(0).asString()).isEqualTo("Ủy ban nhân dân tỉnh Lào Cai");
        assertThat(literacy.get("directing").get(0).asString()).isEqualTo("Đảng ủy Ủy ban nhân dân tỉnh");
    }

    @Test
    void everyTaskIsExportedAndAProvinceFilterKeepsItsOwn() {
        JsonNode all = json(get("/export/tasks.json", "application/json"));
        // 106: with the organising section's assignments of 002 Part 3 §II.2 ("Đảng ủy Hội đồng nhân dân tỉnh lãnh đạo
        // …").
        assertThat(all.get("count").asInt()).isEqualTo(106);
        JsonNode yenBai = json(get("/export/tasks.json?province=vn-yen-bai", "application/json"));
        assertThat(yenBai.get("tasks")
                        .valueStream()
                        .map(t -> t.get("document").asString())
                        .distinct()
                        .toList())
                .containsExactly(BASE + "eli/vn-yen-bai/ctr/undated/unnumbered-tu-42-nq-tw");
    }

    @Test
    void aByteOrderMarkForExcelOnlyWhenAskedFor() {
        assertThat(get("/export/tasks.csv", "text/csv").body()).startsWith("task,");
        assertThat(get("/export/tasks.csv?bom=true", "text/csv").body()).startsWith("\uFEFFtask,");
    }

    @Test
    void badFilterValuesAre400WithAJsonMessageNamingThem() {
        assertBad("/export/tasks.csv?year=20x6", "Năm \"20x6\" không hợp lệ");
        assertBad(
                "/export/targets.json?province=vn-ha-noi", "\"vn-ha-noi\" của bộ lọc province không có trong dữ liệu");
        assertBad("/export/targets.json?indicator=khong-co", "bộ lọc indicator");
        assertBad(
                "/export/tasks.json?indicator=ty-le-that-nghiep-thanh-thi", "Tham số \"indicator\" không được hỗ trợ");
        assertBad("/export/tasks.csv?document=" + encode(BASE + "eli/vn/nq/2023/42-nq-tw"), "bộ lọc document");
        assertBad("/export/tasks.csv?bom=yes", "bom phải là true hoặc false");
    }

    private void assertBad(String path, String message) {
        HttpResponse<String> r = get(path, "text/html,*/*");
        assertThat(r.statusCode()).as(path).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type"))
                .as(path)
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode body = json(r);
        assertThat(body.get("error").asString()).isEqualTo("Bad Request");
        assertThat(body.get("message").asString()).as(path).contains(message);
    }

    private static List<String> column(JsonNode rows, String name) {
        return rows.valueStream().map(r -> r.get(name).asString()).toList();
    }

    private static JsonNode json(HttpResponse<String> r) {
        return JsonMapper.builder().build().readTree(r.body());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
