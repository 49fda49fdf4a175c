package vn.policykg.web.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import vn.policykg.web.PageTest;

/** The SPARQL editor in a real browser, under the Content-Security-Policy the service will send. */
class EditorBrowserTest extends PageTest {

    @Test
    void anExampleQueryRunsAndItsRowsAreShownAsATableAndAChart() {
        browser.open(url("/query"));
        assertThat(browser.title()).isEqualTo("Truy vấn SPARQL · Tri thức chính sách");
        assertThat(browser.await(".yasqe .CodeMirror", Duration.ofSeconds(20))).isNotEmpty();
        // The editor starts with our prefixes declared.
        assertThat((String) browser.script("return policyEditor.getTab().getYasqe().getValue()"))
                .contains(
                        "PREFIX vnp: <https://w3id.org/vnpolicy/def#>",
                        "PREFIX eli: <http://data.europa.eu/eli/ontology#>");

        browser.script(
                "const s = document.getElementById('examples'); s.value = arguments[0]; s.dispatchEvent(new Event('change'));",
                "urban-unemployment-targets-across-provinces");
        assertThat(browser.text()).contains("Which urban unemployment rate does each document set");
        browser.find("#run-example").getFirst().click();

        List<WebElement> cells = browser.await(".yasr table.dataTable tbody tr", Duration.ofSeconds(30));
        assertThat(cells).hasSize(4);
        String table = browser.find(".yasr table.dataTable").getFirst().getText();
        assertThat(table)
                .contains("001_4e7d67e114c941cc.txt", "tỉnh Lai Châu", "2.7", "tỷ lệ thất nghiệp khu vực thành thị");

        // Downloads: the table as CSV (YASR's own), the chart as SVG (ours).
        assertThat(browser.find(".yasr .yasr_downloadIcon")).isNotEmpty();
        assertThat((String) browser.script("return policyEditor.getTab().getYasr().plugins.table.download().getData()"))
                .contains("tỉnh Lai Châu", "2.7");
        browser.find(".yasr .select_chart").getFirst().click();
        assertThat(browser.await("svg.bar-chart rect.bar", Duration.ofSeconds(10)))
                .hasSize(4);
        assertThat(browser.find("svg.bar-chart").getFirst().getText()).contains("2.7");
        assertThat((String) browser.script("return policyEditor.getTab().getYasr().plugins.chart.download().getData()"))
                .startsWith("<svg")
                .contains("2.7");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void typingAPrefixedNameCompletesItFromOurOntology() {
        browser.open(url("/query"));
        assertThat(browser.await(".yasqe .CodeMirror", Duration.ofSeconds(20))).isNotEmpty();
        browser.script("""
            const yasqe = policyEditor.getTab().getYasqe();
            yasqe.setValue(yasqe.getValue().split("SELECT")[0] + "SELECT * WHERE { ?task vnp:deadl");
            yasqe.focus();
            yasqe.setCursor(yasqe.lastLine(), yasqe.getLine(yasqe.lastLine()).length);
            yasqe.autocomplete();""");
        List<WebElement> hints = browser.await(".CodeMirror-hints li", Duration.ofSeconds(10));
        assertThat(hints).extracting(WebElement::getText).contains("vnp:deadline");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void autocompletionOffersOurTermsFromOurOwnService() {
        HttpResponse<String> terms = get("/query/terms.json", "application/json");
        assertThat(terms.statusCode()).isEqualTo(200);
        assertThat(terms.body())
                .contains(
                        "\"vnp\":\"https://w3id.org/vnpolicy/def#\"",
                        "https://w3id.org/vnpolicy/def#Task",
                        "https://w3id.org/vnpolicy/def#deadline",
                        "http://data.europa.eu/eli/ontology#applies");
    }

    @Test
    void theLibraryIsServedWithTitlesAndQuestions() {
        HttpResponse<String> examples = get("/query/examples.json", "application/json");
        assertThat(examples.body())
                .contains(
                        "\"name\":\"tasks-due-in-q2-2026\"",
                        "\"title\":\"Tasks due in the second quarter of 2026\"",
                        "\"question\":\"Which tasks must be finished between 1 April and 30 June 2026, in which document, led by whom?\"");
    }

    @Test
    void browsersOpeningSparqlGetTheEditorWhileQueriesAndOtherClientsGetFuseki() {
        HttpResponse<String> page = get("/sparql", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<title>Truy vấn SPARQL · Tri thức chính sách</title>", "/vendor/yasgui/yasgui.min.js");
        HttpResponse<String> query = get("/sparql?query=ASK%7B%3Fs%20a%20%3Fo%7D", "text/html,*/*;q=0.8");
        assertThat(query.body()).doesNotContain("<html").contains("true");
        assertThat(get("/sparql", "application/sparql-results+json").body()).doesNotContain("YASGUI", "<html");
    }
}
