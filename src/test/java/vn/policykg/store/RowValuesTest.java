package vn.policykg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.Test;

class RowValuesTest {

    @Test
    void literalsIrisAndUnboundCells() {
        QuerySolutionMap row = new QuerySolutionMap();
        row.add("title", ResourceFactory.createLangLiteral("Chương trình hành động", "vi"));
        row.add("doc", ResourceFactory.createResource("http://localhost:8080/eli/vn/nq/2023/42-nq-tw"));
        row.add("due", ResourceFactory.createTypedLiteral("2030-12-31", XSDDatatype.XSDdate));
        assertThat(RowValues.text(row, "title")).isEqualTo("Chương trình hành động");
        assertThat(RowValues.text(row, "doc")).isEqualTo("http://localhost:8080/eli/vn/nq/2023/42-nq-tw");
        assertThat(RowValues.date(row, "due")).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(RowValues.text(row, "missing")).isNull();
        assertThat(RowValues.date(row, "missing")).isNull();
    }
}
