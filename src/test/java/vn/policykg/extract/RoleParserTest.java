package vn.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import vn.policykg.analysis.ToneMarks;

class RoleParserTest {

    private static List<String> roles(List<RoleAssignment> roles) {
        return roles.stream().map(r -> r.role() + ":" + r.body().canonical()).toList();
    }

    private static List<String> leadIn(String text) {
        List<RoleAssignment> found = RoleParser.leadIn(text, 0, text.length());
        for (RoleAssignment r : found)
            assertThat(text.substring(r.body().from(), r.body().to()))
                    .isEqualTo(r.body().asWritten());
        return roles(found);
    }

    private static List<String> labelled(String text) {
        return roles(RoleParser.labelled(text, 0, text.length()));
    }

    @Test
    void leadAndCoordinatingBodiesOfALeadIn() {
        assertThat(leadIn("Sở Tư pháp chủ trì, phối hợp với các ngành có liên quan, Ủy ban nhân dân các xã, phường:"))
                .containsExactly(
                        "LEAD:Sở Tư pháp",
                        "COORDINATING:các ngành có liên quan",
                        "COORDINATING:Ủy ban nhân dân các xã, phường");
        assertThat(
                        leadIn(
                                "Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp các sở, ngành và Ủy ban nhân dân các xã, phường:"))
                .containsExactly(
                        "LEAD:Sở Văn hóa, Thể thao và Du lịch",
                        "COORDINATING:các sở, ngành",
                        "COORDINATING:Ủy ban nhân dân các xã, phường");
        assertThat(leadIn("Ngân hàng Nhà nước (NHNN) Chi nhánh Khu vực 4 chủ trì:"))
                .containsExactly("LEAD:Ngân hàng Nhà nước Chi nhánh Khu vực 4");
        assertThat(leadIn("Hải Quan khu vực VII chủ trì phối hợp cùng các sở, ngành, Ủy ban nhân dân các xã, phường:"))
                .containsExactly(
                        "LEAD:Hải quan khu vực VII",
                        "COORDINATING:các sở, ngành",
                        "COORDINATING:Ủy ban nhân dân các xã, phường");
        assertThat(
                        leadIn(
                                "Sở Khoa học và Công nghệ phối hợp với các đơn vị liên quan, Ủy ban nhân dân các xã, phường, các cơ quan truyền thông:"))
                .containsExactly(
                        "LEAD:Sở Khoa học và Công nghệ", "COORDINATING:các đơn vị liên quan",
                        "COORDINATING:Ủy ban nhân dân các xã, phường", "COORDINATING:các cơ quan truyền thông");
    }

    @Test
    void aBareListOfBodiesLeadsAndARequestAsksItsBody() {
        assertThat(leadIn("Công an tỉnh, Viện Kiểm sát, Tòa án tỉnh:"))
                .containsExactly("LEAD:Công an tỉnh", "LEAD:Viện Kiểm sát", "LEAD:Tòa án tỉnh");
        assertThat(leadIn("Các sở, ban, ngành, Ủy ban nhân dân các xã, phường và các chủ đầu tư:"))
                .containsExactly(
                        "LEAD:Các sở, ban, ngành", "LEAD:Ủy ban nhân dân các xã, phường", "LEAD:các chủ đầu tư");
        assertThat(leadIn("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh:"))
                .containsExactly("LEAD:Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh");
        assertThat(leadIn("Tập trung giải ngân vốn đầu tư công ngay từ đầu năm"))
                .isEmpty();
    }

    @Test
    void aSentenceThatOpensWithBodiesNamesWhoDoesTheWork() {
        assertThat(
                        leadIn(
                                "Các đảng uỷ trực thuộc Tỉnh uỷ lãnh đạo, chỉ đạo tổ chức tuyên truyền, phổ biến, quán triệt Nghị quyết"))
                .containsExactly("DIRECTING:Các đảng ủy trực thuộc Tỉnh ủy");
        assertThat(leadIn(
                        "Đảng uỷ Ủy ban nhân dân tỉnh chỉ đạo Ủy ban nhân dân tỉnh cụ thể hóa Chương trình hành động"))
                .containsExactly("DIRECTING:Đảng ủy Ủy ban nhân dân tỉnh", "LEAD:Ủy ban nhân dân tỉnh");
        assertThat(leadIn("Ban cán sự đảng UBND tỉnh xây dựng kế hoạch thực hiện Chương trình hành động này"))
                .containsExactly("LEAD:Ban cán sự đảng Ủy ban nhân dân tỉnh");
    }

    @Test
    void collectiveMentionsStayWhole() {
        String text = "Các sở, ban, ngành, Ủy ban nhân dân các xã, phường:";
        List<RoleAssignment> r = RoleParser.leadIn(text, 0, text.length());
        assertThat(r).extracting(a -> a.body().collective()).containsExactly(true, true);
        assertThat(BodyNames.isCollective("Sở Tài chính")).isFalse();
    }

    @Test
    void labelledLines() {
        assertThat(labelled("Cơ quan chủ trì tham mưu: Đảng ủy Ủy ban nhân dân tỉnh."))
                .containsExactly("LEAD:Đảng ủy Ủy ban nhân dân tỉnh");
        assertThat(labelled("Trách nhiệm thực hiện: Đảng ủy Ủy ban nhân dân tỉnh chỉ đạo UBND tỉnh thực hiện."))
                .containsExactly("DIRECTING:Đảng ủy Ủy ban nhân dân tỉnh", "LEAD:Ủy ban nhân dân tỉnh");
        assertThat(
                        labelled(
                                "Trách nhiệm thực hiện: Đảng ủy Ủy ban nhân dân tỉnh; Ủy ban nhân dân 04 xã biên giới thực hiện."))
                .containsExactly("LEAD:Đảng ủy Ủy ban nhân dân tỉnh", "LEAD:Ủy ban nhân dân 04 xã biên giới");
        assertThat(labelled("Trách nhiệm chỉ đạo thực hiện: Các cấp uỷ, tổ chức đảng."))
                .containsExactly("DIRECTING:Các cấp ủy, tổ chức đảng");
        assertThat(labelled("Trách nhiệm thực hiện: Đảng ủy Ủy ban nhân dân tỉnh; đảng ủy các xã, phường."))
                .containsExactly("LEAD:Đảng ủy Ủy ban nhân dân tỉnh", "LEAD:đảng ủy các xã, phường");
        assertThat(labelled("Thời gian thực hiện: Trong Quý III/2026.")).isEmpty();
    }

    private static List<String> heading(String text) {
        return roles(RoleParser.heading(text, 0, text.length()));
    }

    @Test
    void aHeadingNamesTheBodiesOfTheItemsBeneathIt() {
        assertThat(heading("Tổ đảng ở Thường trực Ủy ban KH,CN&MT"))
                .containsExactly("LEAD:Tổ đảng ở Thường trực Ủy ban KH,CN&MT");
        assertThat(heading("Tổ đảng ở Thường trực Ủy ban Tài chính, Ngân sách"))
                .containsExactly("LEAD:Tổ đảng ở Thường trực Ủy ban Tài chính, Ngân sách");
        assertThat(heading("Các Đoàn đại biểu Quốc hội, các đại biểu Quốc hội"))
                .containsExactly("LEAD:Các Đoàn đại biểu Quốc hội", "LEAD:các đại biểu Quốc hội");
        assertThat(heading("Lãnh đạo Ban Dân nguyện")).containsExactly("LEAD:Lãnh đạo Ban Dân nguyện");
        assertThat(heading(
                        "Để thể chế hoá đầy đủ và thực hiện có hiệu quả Nghị quyết số 57-NQ/TW, Đảng đoàn Quốc hội xác định"
                                + " các nhiệm vụ trọng tâm sau:"))
                .containsExactly("LEAD:Đảng đoàn Quốc hội");
        // A topic, and a section title in capitals, name no body.
        assertThat(heading("Tuyên truyền, quán triệt, nâng cao nhận thức, đột phá về đổi mới tư duy"))
                .isEmpty();
        assertThat(heading("TỔ CHỨC THỰC HIỆN")).isEmpty();
        assertThat(heading("Lãnh đạo, chỉ đạo rà soát, hoàn thiện pháp luật về phát triển khoa học, công nghệ"))
                .isEmpty();
    }

    @Test
    void aSubjectMayStandBehindAnAdverbOrBeforeAQualifier() {
        assertThat(leadIn(
                        "Định kỳ, Thường trực Ủy ban KH,CN&MT của Quốc hội chủ trì, phối hợp với Hội đồng Dân tộc, các Ủy ban của"
                                + " Quốc hội, Văn phòng Quốc hội"))
                .containsExactly(
                        "LEAD:Thường trực Ủy ban KH,CN&MT của Quốc hội", "COORDINATING:Hội đồng Dân tộc",
                        "COORDINATING:các Ủy ban của Quốc hội", "COORDINATING:Văn phòng Quốc hội");
        assertThat(
                        leadIn(
                                "Ủy ban Thường vụ Quốc hội, Hội đồng Dân tộc, các đại biểu Quốc hội, các cơ quan, tổ chức hữu quan cần cứ"
                                        + " chức năng, nhiệm vụ theo quy định của pháp luật có trách nhiệm phối hợp tổ chức thực hiện có hiệu quả"))
                .containsExactly(
                        "LEAD:Ủy ban Thường vụ Quốc hội",
                        "LEAD:Hội đồng Dân tộc",
                        "LEAD:các đại biểu Quốc hội",
                        "LEAD:các cơ quan, tổ chức hữu quan");
        assertThat(
                        leadIn(
                                "Các thành viên Đảng đoàn Quốc hội, Tổ trưởng Tổ đảng ở Thường trực Hội đồng Dân tộc, các Ủy ban của Quốc hội,"
                                        + " Chủ nhiệm Văn phòng Quốc hội có trách nhiệm lãnh đạo, chỉ đạo triển khai Kế hoạch này"))
                .containsExactly(
                        "LEAD:Các thành viên Đảng đoàn Quốc hội",
                        "LEAD:Tổ trưởng Tổ đảng ở Thường trực Hội đồng Dân tộc, các Ủy ban của Quốc hội",
                        "LEAD:Chủ nhiệm Văn phòng Quốc hội");
    }

    @Test
    void aTaskGivenOrAskedOfABodyReadsAsItsLeadIn() {
        assertThat(leadIn("Giao Bộ Tài chính chủ trì, phối hợp với các bộ, ngành liên quan hướng dẫn thực hiện"))
                .containsExactly("LEAD:Bộ Tài chính", "COORDINATING:các bộ, ngành liên quan");
        assertThat(leadIn("Yêu cầu Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:"))
                .containsExactly("LEAD:Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương");
        assertThat(heading("Ban Thường vụ Tỉnh ủy lãnh đạo, chỉ đạo:"))
                .containsExactly("DIRECTING:Ban Thường vụ Tỉnh ủy");
        assertThat(heading("Đảng uỷ các cơ quan Đảng tỉnh lãnh đạo, chỉ đạo"))
                .containsExactly("DIRECTING:Đảng ủy các cơ quan Đảng tỉnh");
        assertThat(
                        leadIn(
                                "Đảng ủy Hội đồng nhân dân tỉnh lãnh đạo Hội đồng nhân dân tỉnh xem xét, quyết nghị các cơ chế, chính sách"))
                .containsExactly("DIRECTING:Đảng ủy Hội đồng nhân dân tỉnh", "LEAD:Hội đồng nhân dân tỉnh");
        assertThat(labelled("Chủ trì: Bộ Khoa học và Công nghệ.")).containsExactly("LEAD:Bộ Khoa học và Công nghệ");
        assertThat(labelled("Phối hợp: Các bộ, ngành, địa phương."))
                .containsExactly("COORDINATING:Các bộ, ngành, địa phương");
    }

    @Test
    void aTableCellListsBodiesEvenWithoutTheirCommas() {
        String cell = "VTV, VOV, TTXVN, các địa phương";
        assertThat(BodyNames.split(cell, 0, cell.length()))
                .extracting(BodyMention::asWritten)
                .containsExactly("VTV", "VOV", "TTXVN", "các địa phương");
        cell = "Bộ Thông tin và Truyền thông Bộ Khoa học và Công nghệ";
        assertThat(BodyNames.split(cell, 0, cell.length()))
                .extracting(BodyMention::asWritten)
                .containsExactly("Bộ Thông tin và Truyền thông", "Bộ Khoa học và Công nghệ");
        cell = "Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương";
        assertThat(BodyNames.split(cell, 0, cell.length()))
                .extracting(BodyMention::asWritten)
                .containsExactly(
                        "Các bộ, cơ quan ngang bộ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương");
        cell = "Bộ Văn hóa, Thể thao và Du lịch; Bộ Tài chính";
        assertThat(BodyNames.split(cell, 0, cell.length()))
                .extracting(BodyMention::asWritten)
                .containsExactly("Bộ Văn hóa, Thể thao và Du lịch", "Bộ Tài chính");
        cell = "Bộ, ngành, địa phương";
        assertThat(BodyNames.split(cell, 0, cell.length()))
                .extracting(BodyMention::asWritten, BodyMention::collective)
                .containsExactly(Tuple.tuple("Bộ, ngành, địa phương", true));
        cell = "Bộ Lao động - Thương binh và Xã hội; Thanh tra Chính phủ; các bộ, ngành và địa phương";
        assertThat(BodyNames.split(cell, 0, cell.length()))
                .extracting(BodyMention::asWritten)
                .containsExactly(
                        "Bộ Lao động - Thương binh và Xã hội", "Thanh tra Chính phủ", "các bộ, ngành và địa phương");
    }

    @Test
    void oldAndNewTonePlacementGiveOneName() {
        assertThat(BodyNames.canonical("Sở Văn hoá, Thể thao và Du lịch")).isEqualTo("Sở Văn hóa, Thể thao và Du lịch");
        assertThat(BodyNames.canonical("Đảng uỷ Ủy ban nhân dân tỉnh")).isEqualTo("Đảng ủy Ủy ban nhân dân tỉnh");
        assertThat(BodyNames.canonical("UBND các xã/phường")).isEqualTo("Ủy ban nhân dân các xã, phường");
        assertThat(BodyNames.canonical("Ủy ban MTTQ VN tỉnh")).isEqualTo("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh");
        assertThat(ToneMarks.modern("Quý II, thuỷ lợi, hoà bình, khoẻ")).isEqualTo("Quý II, thủy lợi, hòa bình, khỏe");
    }
}
