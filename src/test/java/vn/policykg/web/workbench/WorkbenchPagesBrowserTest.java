package vn.policykg.web.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.policykg.web.PageTest;

/** The deadlines page and the implementation tree in a real browser, under CSP default-src 'self'. */
class WorkbenchPagesBrowserTest extends PageTest {

    private static final String LAO_CAI_42 = BASE + "eli/vn-lao-cai/ctr/undated/unnumbered-tu-42-nq-tw-2026-2030";

    @Test
    void deadlinesAsOfMid2026GroupTasksIntoOverdueSoonAndLater() {
        browser.open(url("/deadlines?asOf=2026-06-15"));
        assertThat(browser.title()).isEqualTo("Thời hạn nhiệm vụ · Tri thức chính sách");
        // Overdue on 15 June 2026, by due date: Yên Bái's Q2/2024 (IV.1), then the May 2026 tasks of 000 (III.1.1,
        // III.1.2, IV.1).
        assertThat(paths("#overdue")).containsExactly("IV.1", "III.1.1", "III.1.2", "IV.1");
        // Until 13 September 2026: Q2 (30/6), July (31/7), before 30/8.
        assertThat(paths("#soon")).containsExactly("III.1.4", "III.1.6", "III.1.3", "III.1.5");
        assertThat(paths("#later"))
                .startsWith("III.1.8", "III.1.9")
                .contains("III.1.7", "III.2.3", "III.2.1", "III.2.7");
        // §III.2's items carry the period their heading states.
        assertThat(browser.find("#later tr.task").stream()
                        .map(WebElement::getText)
                        .filter(t -> t.contains("III.2.1"))
                        .findFirst()
                        .orElseThrow())
                .contains("giai đoạn 2026-2030", "2030");
        assertThat(paths("#start-only")).containsExactly("III.2.4");
        assertThat(browser.find("#soon tr.task").getFirst().getText())
                .contains(
                        "30/06/2026",
                        "Xây dựng, ban hành kế hoạch mở các lớp xóa mù chữ",
                        "Hoàn thành trong Quý II/2026",
                        "Chủ trì: Ủy ban nhân dân tỉnh");
        assertThat(browser.find("#later tr.task").stream()
                        .map(WebElement::getText)
                        .filter(t -> t.contains("III.1.7"))
                        .findFirst()
                        .orElseThrow())
                .contains("điều kiện: sau khi hướng dẫn triển khai thực hiện của Trung ương");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void filteringByAgencyAndDocumentKeepsOnlyTheirTasksAndOffersTheAgencysFeed() {
        String agency = BASE + "org/vn-lao-cai/uy-ban-nhan-dan-tinh";
        browser.open(url("/deadlines?asOf=2026-04-15&agency=" + encode(agency) + "&document=" + encode(LAO_CAI_42)));
        // 000 names the provincial People's Committee as lead of III.1.4 and III.1.6 (Q2/2026) and III.1.7 (2026).
        assertThat(paths("#soon")).containsExactly("III.1.4", "III.1.6");
        assertThat(paths("#later")).containsExactly("III.1.7");
        assertThat(paths("#overdue")).isEmpty();
        assertThat(browser.find("#agency-feed").getFirst().getDomAttribute("href"))
                .isEqualTo("/deadlines/vn-lao-cai/uy-ban-nhan-dan-tinh.ics");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theImplementationTreeOf42ReachesTheThreeProgrammesAndTheScheme() {
        browser.open(url("/implementation"));
        assertThat(browser.title()).isEqualTo("Cây thực hiện 42-NQ/TW · Tri thức chính sách");
        List<String> documents = browser.find("details.document").stream()
                .map(d -> d.getDomAttribute("data-iri"))
                .toList();
        assertThat(documents)
                .containsExactly(
                        BASE + "eli/vn/nq/2023/42-nq-tw",
                        BASE + "eli/vn-lai-chau/ctr/undated/unnumbered-tu-42-nq-tw",
                        BASE + "eli/vn-lao-cai/ctr/undated/unnumbered-tu-42-nq-tw-2026-2030",
                        BASE + "eli/vn-lao-cai/da/2025/unnumbered-giam-ngheo-da-chieu-an-sinh-xa-hoi-2026-2030",
                        BASE + "eli/vn-yen-bai/ctr/undated/unnumbered-tu-42-nq-tw");
        WebElement laoCai =
                browser.find("details.document[data-iri='" + LAO_CAI_42 + "']").getFirst();
        assertThat(laoCai.findElement(By.cssSelector("summary")).getText())
                .contains("thực hiện", "căn cứ", "Tỉnh ủy Lào Cai");
        // SectionWalk are closed until opened: open III and II of 000, as a reader would.
        for (WebElement s : laoCai.findElements(By.cssSelector("details.section > summary"))) s.click();
        String text = laoCai.getText();
        assertThat(text)
                .contains(
                        "III.1.4 Xây dựng, ban hành kế hoạch mở các lớp xóa mù chữ cho người lớn giai đoạn 2026-2030.",
                        "chủ trì: Ủy ban nhân dân tỉnh Lào Cai",
                        "thời hạn: Hoàn thành trong Quý II/2026",
                        "Tỷ lệ thất nghiệp khu vực thành thị: < 2.0 % (2030)");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void anUnknownDocumentIsANotFoundPage() {
        browser.open(url("/implementation?document=" + encode(BASE + "eli/vn/nq/2099/1-nq-tw")));
        assertThat(browser.title()).isEqualTo("404 – Không tìm thấy · Tri thức chính sách");
        browser.open(url("/implementation?document=khong-phai-iri"));
        assertThat(browser.text()).contains("Yêu cầu không hợp lệ", "không phải là IRI của một văn bản");
        assertThat(browser.consoleErrors())
                .hasSize(2)
                .allMatch(m -> m.contains("status of 404") || m.contains("status of 400"));
    }

    private static List<String> paths(String group) {
        return browser.find(group + " tr.task td:nth-child(2) a").stream()
                .map(WebElement::getText)
                .toList();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
