package vn.policykg.search;

import java.util.List;

/** The ten search phrases the benchmarks send; scripts/search_phrases.py holds the same for the scripts. */
final class BenchmarkPhrases {

    static final List<String> ALL = List.of(
            "xã hội",
            "nhà ở xã hội",
            "bảo hiểm y tế",
            "giảm nghèo",
            "Sở Y tế",
            "chuyển đổi số",
            "lao động việc làm",
            "y tế cơ sở",
            "giáo dục",
            "dân tộc thiểu số");

    private BenchmarkPhrases() {}
}
