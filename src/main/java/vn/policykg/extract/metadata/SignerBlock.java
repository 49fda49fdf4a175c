package vn.policykg.extract.metadata;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The signer: the person's name under the signing role ("KT. BỘ TRƯỞNG / THỨ TRƯỞNG / Phạm Lê Tuấn",
 * "TM. CHÍNH PHỦ / THỦ TƯỚNG / …"). The first role block after the body starts counts; lines such as
 * "(Đã ký)" or a seal note between role and name are passed over.
 */
final class SignerBlock {

    private static final Pattern ROLE = Pattern.compile(
            "^(?:(?:KT|TM|TL|TUQ|Q|T/M|K/T)\\.?\\s+\\S.*|(?:PHÓ |TỔNG )?(?:BỘ TRƯỞNG|THỨ TRƯỞNG|THỦ TƯỚNG|CHỦ TỊCH|CHỦ NHIỆM|BÍ THƯ|"
                    + "THỐNG ĐỐC|KIỂM TOÁN TRƯỞNG|VIỆN TRƯỞNG|CHÁNH ÁN|GIÁM ĐỐC|TRƯỞNG BAN|CHÁNH VĂN PHÒNG|THƯ KÝ)(?:\\s.*)?)$");
    private static final Pattern NAME = Pattern.compile("^\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){1,4}$");
    private static final Pattern PASSED = Pattern.compile("^\\(?(?:Đã ký|đã ký|Ký|Chữ ký|Đóng dấu).*");
    private static final int REACH = 6;

    private SignerBlock() {}

    static Optional<Found<String>> read(ReadingText text, int fromLine) {
        List<ReadingText.Line> lines = text.lines();
        for (int i = fromLine; i < lines.size(); i++) {
            if (!Lines.capitals(lines.get(i).text())
                    || !ROLE.matcher(lines.get(i).text()).matches()) continue;
            for (int j = i + 1; j < lines.size() && j <= i + REACH; j++) {
                ReadingText.Line line = lines.get(j);
                if (NAME.matcher(line.text()).matches())
                    return Optional.of(text.found(line.text(), line.start(), line.end()));
                if (!Lines.capitals(line.text()) && !PASSED.matcher(line.text()).matches()) break;
            }
        }
        return Optional.empty();
    }
}
