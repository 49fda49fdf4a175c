package vn.policykg.web.workbench;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.policykg.vocab.Vocab;
import vn.policykg.web.PolicyKgProperties;
import vn.policykg.web.facts.BodyInRole;
import vn.policykg.web.facts.FactReader;
import vn.policykg.web.facts.StoredFact;
import vn.policykg.web.facts.StoredTarget;
import vn.policykg.web.facts.StoredTask;

/**
 * Tasks and targets for people who work in spreadsheets: /export/tasks.csv|json and /export/targets.csv|json,
 * filtered by document, agency, province, year and (targets) indicator. A filter value the data does not
 * know, or an unknown parameter, is a 400 with a JSON {error, message} naming it.
 */
@RestController
public class ExportController {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final List<String> TASK_COLUMNS = List.of(
            "task",
            "document",
            "documentTitle",
            "province",
            "clause",
            "path",
            "name",
            "lead",
            "coordinating",
            "directing",
            "deadline",
            "start",
            "due",
            "condition");
    private static final List<String> TARGET_COLUMNS = List.of(
            "target",
            "document",
            "documentTitle",
            "province",
            "clause",
            "path",
            "indicator",
            "indicatorLabel",
            "words",
            "comparator",
            "value",
            "upper",
            "unit",
            "period",
            "scope",
            "lead",
            "coordinating",
            "leaderInCharge");
    private static final Set<String> TASK_FILTERS = Set.of("document", "agency", "province", "year", "bom");
    private static final Set<String> TARGET_FILTERS =
            Set.of("document", "agency", "province", "year", "indicator", "bom");

    private final FactReader facts;
    /** The configured base of data IRIs. */
    private final String base;

    public ExportController(FactReader facts, PolicyKgProperties props) {
        this.facts = facts;
        this.base = props.baseIri();
    }

    @GetMapping("/export/tasks.{format}")
    public ResponseEntity<?> tasks(@PathVariable String format, @RequestParam Map<String, String> params) {
        checkFormat(format);
        checkParameters(params, TASK_FILTERS);
        Integer year = year(params);
        List<Map<String, Object>> rows = filtered(
                        facts.tasks().stream().sorted(StoredTask.BY_DUE_DATE).toList(),
                        params,
                        t -> year == null || (t.due() != null && t.due().getYear() == year))
                .stream()
                .map(ExportController::row)
                .toList();
        return answer("tasks", format, TASK_COLUMNS, rows, params);
    }

    @GetMapping("/export/targets.{format}")
    public ResponseEntity<?> targets(@PathVariable String format, @RequestParam Map<String, String> params) {
        checkFormat(format);
        checkParameters(params, TARGET_FILTERS);
        List<StoredTarget> all = facts.targets();
        String indicator = indicator(params, all);
        Integer year = year(params);
        List<Map<String, Object>> rows = filtered(
                        all,
                        params,
                        t -> (indicator == null || t.indicator().equals(indicator)) && (year == null || t.covers(year)))
                .stream()
                .map(ExportController::row)
                .toList();
        return answer("targets", format, TARGET_COLUMNS, rows, params);
    }

    /** The facts that pass the document, agency and province filters and {@code more}. */
    private static <T extends StoredFact> List<T> filtered(List<T> all, Map<String, String> params, Predicate<T> more) {
        String document = known(params, "document", all.stream().map(StoredFact::document));
        String agency = known(
                params, "agency", all.stream().flatMap(t -> t.bodies().stream()).map(BodyInRole::iri));
        String province = known(params, "province", all.stream().map(StoredFact::province));
        return all.stream()
                .filter(t -> document == null || t.document().equals(document))
                .filter(t -> agency == null || t.names(agency))
                .filter(t -> province == null || province.equals(t.province()))
                .filter(more)
                .toList();
    }

    private static Map<String, Object> row(StoredTask t) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("task", t.iri());
        r.put("document", t.document());
        r.put("documentTitle", t.documentTitle());
        r.put("province", t.province());
        r.put("clause", t.clause());
        r.put("path", t.path());
        r.put("name", t.name());
        r.put("lead", labels(t.inRole(Vocab.lead)));
        r.put("coordinating", labels(t.inRole(Vocab.coordinating)));
        r.put("directing", labels(t.inRole(Vocab.directing)));
        r.put("deadline", t.words());
        r.put("start", t.start() == null ? null : t.start().toString());
        r.put("due", t.due() == null ? null : t.due().toString());
        r.put("condition", t.condition());
        return r;
    }

    private static Map<String, Object> row(StoredTarget t) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("target", t.iri());
        r.put("document", t.document());
        r.put("documentTitle", t.documentTitle());
        r.put("province", t.province());
        r.put("clause", t.clause());
        r.put("path", t.path());
        r.put("indicator", t.indicator());
        r.put("indicatorLabel", t.indicatorLabel());
        r.put("words", t.indicatorWords());
        r.put("comparator", t.comparator());
        r.put("value", t.value());
        r.put("upper", t.upper());
        r.put("unit", t.unit());
        r.put("period", t.period());
        r.put("scope", t.scope());
        r.put("lead", labels(t.inRole(Vocab.lead)));
        r.put("coordinating", labels(t.inRole(Vocab.coordinating)));
        r.put("leaderInCharge", t.leaderInCharge());
        return r;
    }

    private static List<String> labels(List<BodyInRole> bodies) {
        return bodies.stream().map(BodyInRole::label).toList();
    }

    private ResponseEntity<?> answer(
            String what,
            String format,
            List<String> columns,
            List<Map<String, Object>> rows,
            Map<String, String> params) {
        if (format.equals("json"))
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("filters", params, "count", rows.size(), what, rows));
        boolean bom = Boolean.parseBoolean(params.getOrDefault("bom", "false"));
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + what + ".csv\"")
                .body((bom ? CsvWriter.BOM : "") + CsvWriter.write(columns, rows));
    }

    private static void checkFormat(String format) {
        if (!format.equals("csv") && !format.equals("json"))
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "Định dạng \"" + format + "\" không có: dùng .csv hoặc .json.");
    }

    private static void checkParameters(Map<String, String> params, Set<String> allowed) {
        for (String name : params.keySet())
            if (!allowed.contains(name))
                throw new ResponseStatusException(
                        HttpStatus.BAD_REQUEST,
                        "Tham số \"" + name + "\" không được hỗ trợ; dùng: "
                                + String.join(", ", allowed.stream().sorted().toList()) + ". (Unknown parameter.)");
        String bom = params.get("bom");
        if (bom != null && !bom.equals("true") && !bom.equals("false"))
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "bom phải là true hoặc false, không phải \"" + bom + "\".");
    }

    /** The filter's value if it is one the data holds; null when absent. */
    private static String known(Map<String, String> params, String name, Stream<String> values) {
        String value = params.get(name);
        if (value == null || value.isBlank()) return null;
        Set<String> known = values.collect(Collectors.toSet());
        if (!known.contains(value.strip()))
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "Giá trị \"" + value + "\" của bộ lọc " + name + " không có trong dữ liệu. (No " + name
                            + " with this value.)");
        return value.strip();
    }

    /** An indicator by IRI or by its key, the last segment of {base}indicator/{key}. */
    private String indicator(Map<String, String> params, List<StoredTarget> all) {
        String value = params.get("indicator");
        if (value == null || value.isBlank()) return null;
        String iri = value.contains("/") ? value.strip() : base + "indicator/" + value.strip();
        return known(Map.of("indicator", iri), "indicator", all.stream().map(StoredTarget::indicator));
    }

    private static Integer year(Map<String, String> params) {
        String value = params.get("year");
        if (value == null || value.isBlank()) return null;
        if (!YEAR.matcher(value.strip()).matches())
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "Năm \"" + value + "\" không hợp lệ: dùng 4 chữ số, ví dụ 2030. (year must be YYYY.)");
        return Integer.parseInt(value.strip());
    }
}
