package vn.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.policykg.SharedCorpus;
import vn.policykg.read.ReadLimits;
import vn.policykg.read.ReaderRegistry;
import vn.policykg.source.SourceText;
import vn.policykg.source.StructureRecognizers;

/** Task rules on the sentences of real plans: bodies named in headings, years that are no due date, a table row's result. */
class TaskExtractorTest {

    @TempDir
    Path dir;

    private List<Task> tasks(String text) throws IOException {
        Path file = dir.resolve("plan.txt");
        Files.writeString(file, text);
        return TaskExtractor.extract(StructureRecognizers.parse(SourceText.read(file)));
    }

    private static List<String> leads(Task t) {
        return t.rolesOnly().stream()
                .filter(r -> r.role() == Role.LEAD)
                .map(r -> r.body().asWritten())
                .toList();
    }

    private static Task opening(List<Task> tasks, String words) {
        return tasks.stream()
                .filter(t -> t.clause().text().startsWith(words))
                .findFirst()
                .orElseThrow();
    }

    /** From plan 3260-KH/ĐĐQH15: the body of a Party plan's items is named in the heading above them. */
    private static final String PARTY_PLAN = """
        KẾ HOẠCH
        triển khai thực hiện Nghị quyết số 57-NQ/TW

        II. PHÂN CÔNG NHIỆM VỤ
        2. Lãnh đạo, chỉ đạo rà soát, hoàn thiện pháp luật về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.
        2.1. Để thể chế hoá đầy đủ và thực hiện có hiệu quả Nghị quyết số 57-NQ/TW, Đảng đoàn Quốc hội xác định các nhiệm vụ trọng tâm sau:
        - Khẩn trương, quyết liệt tổ chức rà soát, nhận diện đúng, đầy đủ, các khó khăn, vướng mắc, rào cản về pháp luật đang cản trở sự phát triển; thực hiện cơ bản hoàn thành trong năm 2025.
        - Chủ động xây dựng, triển khai thực hiện kế hoạch, chương trình giám sát theo quy định và phù hợp với yêu cầu của thực tiễn.
        2.2. Tổ đảng ở Thường trực Hội đồng Dân tộc, các Ủy ban của Quốc hội theo chức năng, nhiệm vụ được giao chủ động, kịp thời thực hiện các nhiệm vụ sau:
        a) Tổ đảng ở Thường trực Ủy ban Tài chính, Ngân sách
        - Chủ trì thẩm tra, giám sát việc thực hiện chính sách, pháp luật về tài chính, ngân sách liên quan đến đột phá phát triển KH,CN,ĐMST và chuyển đổi số.
        - Chủ trì giám sát việc thực hiện Chiến lược phát triển KH,CN&ĐMST đến năm 2025, định hướng đến năm 2030.
        """;

    @Test
    void theItemsBeneathAHeadingThatNamesABodyAreItsTasks() throws IOException {
        List<Task> tasks = tasks(PARTY_PLAN);
        assertThat(leads(opening(tasks, "Khẩn trương, quyết liệt tổ chức rà soát")))
                .containsExactly("Đảng đoàn Quốc hội");
        assertThat(leads(opening(tasks, "Chủ trì thẩm tra, giám sát")))
                .containsExactly("Tổ đảng ở Thường trực Ủy ban Tài chính, Ngân sách");
        // The headings that name the bodies are no tasks of their own.
        assertThat(tasks).noneMatch(t -> t.clause().text().startsWith("Tổ đảng ở Thường trực Ủy ban Tài chính"));
        assertThat(tasks).noneMatch(t -> t.clause().text().startsWith("Để thể chế hoá"));
    }

    @Test
    void aSectionsIntroSentenceNamesTheBodyOfTheItemsUnderItsTopics() throws IOException {
        // From the programme of 100/NQ-CP, Mục II.
        List<Task> tasks = tasks("""
            CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ

            II. NHIỆM VỤ CỤ THỂ
            Nhằm đạt được mục tiêu của Chỉ thị số 49-CT/TW đề ra, trong thời gian tới, bên cạnh các nhiệm vụ thường xuyên, các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương cần cụ thể hóa và tổ chức triển khai thực hiện các nhiệm vụ sau đây:
            1. Tăng cường sự lãnh đạo của Đảng; đổi mới tư duy, thống nhất cao về nhận thức và hành động trong công tác phi chính phủ nước ngoài trong tình hình mới
            a) Tổ chức tuyên truyền, phổ biến, quán triệt thường xuyên, sâu rộng về nội dung Chỉ thị số 49-CT/TW.
            b) Tuyên truyền, phổ biến và triển khai công tác phi chính phủ nước ngoài gắn với triển khai hiệu quả Nghị quyết số 35-NQ/TW.
            """);
        assertThat(tasks)
                .extracting(t -> t.clause().text().substring(0, 20))
                .containsExactly("Tổ chức tuyên truyền", "Tuyên truyền, phổ bi");
        assertThat(leads(tasks.get(1)))
                .containsExactly(
                        "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
                        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương");
    }

    @Test
    void labelledBulletsGiveTheirTaskItsBodiesDueDateAndResult() throws IOException {
        List<Task> tasks = tasks("""
            KẾ HOẠCH

            II. NHIỆM VỤ
            1. Xây dựng Đề án đánh giá mức độ hoàn thành nhiệm vụ chuyển đổi số của cơ quan nhà nước.
            - Cơ quan chủ trì: Bộ Nội vụ.
            - Cơ quan phối hợp: Các bộ, ngành, địa phương.
            - Sản phẩm: Đề án.
            - Thời gian hoàn thành: Tháng 6/2025.
            """);
        assertThat(tasks).hasSize(1);
        Task t = tasks.get(0);
        assertThat(t.rolesOnly())
                .extracting(r -> r.role() + ":" + r.body().asWritten())
                .containsExactly("LEAD:Bộ Nội vụ", "COORDINATING:Các bộ, ngành, địa phương");
        assertThat(t.deadline().fact().end()).hasToString("2025-06-30");
        assertThat(t.result().fact().text()).isEqualTo("Đề án");
    }

    @Test
    void aYearIsADueDateOnlyWhenItDatesTheTaskItself() throws IOException {
        List<Task> tasks = tasks(PARTY_PLAN);
        assertThat(opening(tasks, "Khẩn trương, quyết liệt").deadline().fact().words())
                .isEqualTo("hoàn thành trong năm 2025");
        // A strategy's horizon is no due date.
        assertThat(opening(tasks, "Chủ trì giám sát việc thực hiện Chiến lược").deadline())
                .isNull();
        // From seed 004 II.6.a: the year of "theo hướng … tạo kết quả thực chất trong năm 2026" is the manner, not the
        // due date.
        List<Task> programme = tasks("""
            CHƯƠNG TRÌNH HÀNH ĐỘNG

            II. NHIỆM VỤ VÀ CÁC GIẢI PHÁP CHỦ YẾU
            6. Tạo đột phá phát triển khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia
            a) Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ban, ngành, Ủy ban nhân dân các xã, phường:
            Tổ chức triển khai quyết liệt, đồng bộ, kịp thời, hiệu quả Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị theo hướng hành động, tăng tốc, tạo kết quả thực chất trong năm 2026.
            b) Sở Công Thương chủ trì phối hợp với các sở, ban, ngành, Ủy ban nhân dân các xã, phường:
            Đôn đốc, hỗ trợ doanh nghiệp đẩy nhanh tiến độ đưa vào vận hành trong năm 2026 đối với các dự án.
            """);
        assertThat(opening(programme, "Sở Khoa học và Công nghệ").deadline()).isNull();
        assertThat(opening(programme, "Sở Công Thương").deadline().fact().end()).hasToString("2026-12-31");
    }

    @Test
    void aTaskTableRowKeepsItsLeadDeadlineAndResult() {
        Path file = SharedCorpus.require("nq57").resolve("03-NQ-CP_chuong-trinh-hanh-dong_chinh-phu.md");
        List<Task> tasks = TaskExtractor.extract(StructureRecognizers.parse(
                SourceText.of(ReaderRegistry.standard().read(file, ReadLimits.DEFAULT))));
        Task row = opening(tasks, "Xây dựng, ban hành Đề án đánh giá mức độ hoàn thành nhiệm vụ chuyển đổi số");
        assertThat(leads(row)).containsExactly("Bộ Nội vụ");
        assertThat(row.deadline().fact().end()).hasToString("2025-06-30");
        assertThat(row.result().fact().text()).isEqualTo("Đề án");
        // Two ministries in one lead cell that lacks its comma.
        assertThat(leads(opening(tasks, "Xây dựng, ban hành văn bản làm rõ định nghĩa")))
                .containsExactly("Bộ Thông tin và Truyền thông", "Bộ Khoa học và Công nghệ");
    }
}
