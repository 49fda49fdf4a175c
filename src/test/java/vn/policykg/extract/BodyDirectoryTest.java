package vn.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SortedSet;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import vn.policykg.source.Corpus;
import vn.policykg.source.Manifest;
import vn.policykg.vocab.Vocab;

/** data/bodies.ttl with the manifest: a name written in a document finds the one body it means. */
class BodyDirectoryTest {

    private static final BodyDirectory BODIES =
            BodyDirectory.of(Manifest.read(Corpus.DATA).model());

    @Test
    void aMinistryByItsShortFormIsTheMinistryAndItsSuccessorIsTheMergedOne() {
        Resource shortForm = BODIES.resolve("Bộ TT&TT", "vn").orElseThrow();
        assertThat(BODIES.resolve("Bộ Thông tin và Truyền thông", "vn")).contains(shortForm);
        assertThat(label(shortForm)).isEqualTo("Bộ Thông tin và Truyền thông");
        assertThat(shortForm.getProperty(Vocab.ceasedOn).getString()).isEqualTo("2025-03-01");
        assertThat(label(shortForm.getPropertyResourceValue(Vocab.succeededBy))).isEqualTo("Bộ Khoa học và Công nghệ");
        assertThat(BODIES.resolve("Bộ KH&CN", "vn")).contains(shortForm.getPropertyResourceValue(Vocab.succeededBy));
    }

    @Test
    void spellingsOfOneMinistryAreOneBody() {
        Resource labour =
                BODIES.resolve("Bộ Lao động - Thương binh và Xã hội", "vn").orElseThrow();
        assertThat(BODIES.resolve("Bộ Lao động, Thương binh và Xã hội", "vn")).contains(labour);
        assertThat(BODIES.resolve("Bộ LĐTBXH", "vn")).contains(labour);
        assertThat(label(labour.getPropertyResourceValue(Vocab.succeededBy))).isEqualTo("Bộ Nội vụ");
        assertThat(BODIES.resolve("NHNN", "vn").map(BodyDirectoryTest::label)).contains("Ngân hàng Nhà nước Việt Nam");
        assertThat(BODIES.resolve("BHXH Việt Nam", "vn").map(BodyDirectoryTest::label))
                .contains("Bảo hiểm xã hội Việt Nam");
    }

    @Test
    void aDepartmentIsItsDocumentsProvinces() {
        Resource laoCai = BODIES.resolve("Sở Y tế", "vn-lao-cai").orElseThrow();
        assertThat(code(laoCai)).isEqualTo("vn-lao-cai");
        assertThat(BODIES.resolve("Sở Y tế tỉnh Lào Cai", "vn-lao-cai")).contains(laoCai);
        assertThat(code(BODIES.resolve("Sở Y tế", "vn-yen-bai").orElseThrow())).isEqualTo("vn-yen-bai");
        // Without a province a department is no one's.
        assertThat(BODIES.resolve("Sở Y tế", "vn")).isEmpty();
        // "UBND tỉnh" in a Lào Cai document is the manifest's Lào Cai People's Committee.
        assertThat(BODIES.resolve(BodyNames.canonical("UBND tỉnh"), "vn-lao-cai")
                        .map(BodyDirectoryTest::label))
                .contains("Ủy ban nhân dân tỉnh Lào Cai");
    }

    @Test
    void aBodysLeadershipIsTheBody() {
        // 3260-KH/ĐĐQH15: "Lãnh đạo Ban Dân nguyện …"; "Lãnh đạo các cơ quan …" names no one body.
        assertThat(BODIES.resolve("Lãnh đạo Ban Dân nguyện", "vn"))
                .isEqualTo(BODIES.resolve("Ban Dân nguyện", "vn"))
                .isPresent();
        assertThat(BODIES.resolve("Lãnh đạo các cơ quan thuộc Ủy ban Thường vụ Quốc hội", "vn"))
                .isEmpty();
    }

    @Test
    void aMinistryNamedInAProvincialDocumentIsTheNations() {
        assertThat(BODIES.resolve("Bộ Y tế", "vn-lao-cai").map(BodyDirectoryTest::code))
                .contains("vn");
    }

    @Test
    void aYenBaiDepartmentMergedInMarchPassesToLaoCaiWithTheProvince() {
        Resource labour = BODIES.resolve("Sở Lao động - Thương binh và Xã hội", "vn-yen-bai")
                .orElseThrow();
        Resource homeAffairs = labour.getPropertyResourceValue(Vocab.succeededBy);
        assertThat(label(homeAffairs)).isEqualTo("Sở Nội vụ");
        assertThat(code(homeAffairs)).isEqualTo("vn-yen-bai");
        assertThat(homeAffairs.getProperty(Vocab.ceasedOn).getString()).isEqualTo("2025-07-01");
        assertThat(homeAffairs.getPropertyResourceValue(Vocab.succeededBy))
                .isEqualTo(BODIES.resolve("Sở Nội vụ", "vn-lao-cai").orElseThrow());
    }

    @Test
    void theBuildReportNamesOnlyTheBodiesTheDirectoryDoesNotKnow() {
        // 004's table and prose name 30-odd provincial bodies, every one curated.
        assertThat(unresolved("004")).isEmpty();
        // 000's border communes are a group the directory cannot hold; every other body of it is curated.
        assertThat(unresolved("000")).containsExactly("Ủy ban nhân dân 04 xã biên giới");
    }

    private static SortedSet<String> unresolved(String number) {
        Manifest.Entry entry = Corpus.entry(number);
        DocumentFacts facts = DocumentFacts.extract(Corpus.parsed(number), entry);
        return ExtractionReport.unresolved(
                facts,
                BODIES,
                entry.document()
                        .getPropertyResourceValue(Vocab.eliJurisdiction)
                        .getProperty(Vocab.code)
                        .getString());
    }

    private static String label(Resource body) {
        return body.listProperties(Vocab.prefLabel).toList().stream()
                .filter(s -> "vi".equals(s.getLanguage()))
                .map(s -> s.getString())
                .findFirst()
                .orElseThrow();
    }

    private static String code(Resource body) {
        return body.getPropertyResourceValue(Vocab.jurisdiction)
                .getProperty(Vocab.code)
                .getString();
    }
}
