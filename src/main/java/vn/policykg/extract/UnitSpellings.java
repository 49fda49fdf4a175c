package vn.policykg.extract;

import java.util.Locale;

/** Units of measure as the sources write them, in one spelling: "bác sỹ/vạn dân" and "bác sĩ trên 1 vạn dân" are one unit. */
public final class UnitSpellings {

    private UnitSpellings() {}

    public static String canonical(String written) {
        String u = written.strip().toLowerCase(Locale.ROOT).replace("sỹ", "sĩ").replaceAll("\\s+", " ");
        u = u.replace(" trên 1 vạn dân", "/vạn dân")
                .replace(" trên một vạn dân", "/vạn dân")
                .replace("/10.000 dân", "/vạn dân");
        u = u.replace("giường bệnh", "giường")
                .replace("dược sĩ đại học", "dược sĩ")
                .replace("điều dưỡng viên", "điều dưỡng");
        if (u.equals("căn hộ")) return "căn";
        if (u.equals("1000 lượt người")) return "nghìn lượt người";
        return u;
    }

    /** A unit cell of a table, read with its row's indicator: "Bác sỹ" for "Số bác sỹ trên một vạn dân". */
    public static String ofTableCell(String written, String indicator) {
        String u = canonical(written);
        String i = indicator.toLowerCase(Locale.ROOT);
        if (countsPeople(u) && (i.contains("vạn dân") || i.contains("10.000 dân"))) return u + "/vạn dân";
        return u;
    }

    /** UnitSpellings counted per head of population in health targets. */
    static boolean countsPeople(String unit) {
        return unit.equals("bác sĩ") || unit.equals("giường") || unit.equals("dược sĩ") || unit.equals("điều dưỡng");
    }

    /** The unit an indicator's own words give a bare value: "Số bác sỹ/vạn dân đạt 15,5". */
    static String fromIndicator(String words) {
        String w = words.toLowerCase(Locale.ROOT).replace("sỹ", "sĩ");
        if (w.contains("bác sĩ/vạn dân") || w.contains("bác sĩ trên 1 vạn dân")) return "bác sĩ/vạn dân";
        if (w.contains("giường bệnh/vạn dân") || w.contains("giường bệnh trên 1 vạn dân")) return "giường/vạn dân";
        if (w.contains("tỷ suất sinh") || w.contains("số con trung bình")) return "con/phụ nữ";
        return null;
    }
}
