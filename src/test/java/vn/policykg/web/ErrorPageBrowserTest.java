package vn.policykg.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shared page frame as a reader's browser shows it, on the page every unknown address gets. */
class ErrorPageBrowserTest extends PageTest {

    @Test
    void theNotFoundPageRendersInVietnameseWithTheSiteFrameAndNoConsoleErrors() {
        browser.open(url("/khong-co-trang-nay"));
        assertThat(browser.title()).isEqualTo("404 – Không tìm thấy · Tri thức chính sách");
        assertThat(browser.text())
                .contains("Không tìm thấy địa chỉ này.", "Địa chỉ: /khong-co-trang-nay", "Tìm kiếm", "Dữ liệu mở");
        assertThat(browser.script("return getComputedStyle(document.querySelector('.site-header')).borderBottomStyle"))
                .isEqualTo("solid");
        // The 404 itself is logged as a failed load; nothing else may be (no script errors, no blocked stylesheet).
        assertThat(browser.consoleErrors()).allMatch(m -> m.contains("404"));
    }

    @Test
    void markupInTheAddressIsShownAsTextNotRun() {
        browser.open(url("/x/%3Cimg%20src=x%20onerror=alert(1)%3E"));
        assertThat(browser.find("main img")).isEmpty();
        assertThat(browser.text()).contains("Địa chỉ: /x/%3Cimg%20src=x%20onerror=alert(1)%3E");
        assertThat(browser.consoleErrors()).allMatch(m -> m.contains("404"));
    }
}
