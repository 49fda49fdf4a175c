package vn.policykg.analysis;

import java.util.Locale;
import java.util.Map;

/** Reads the {@code form} parameter of the analysis factories: {@code exact} or {@code folded}, nothing else. */
final class Forms {

    private Forms() {}

    /** Removes {@code form} from {@code args}; refuses a missing or unknown value and any parameter left over. */
    static VietnameseAnalyzer.Form take(Map<String, String> args, String factory) {
        String value = args.remove("form");
        if (!args.isEmpty())
            throw new IllegalArgumentException(factory + " takes only form=\"exact|folded\", was also given " + args);
        if (value == null) throw new IllegalArgumentException(factory + " needs form=\"exact\" or form=\"folded\"");
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "exact" -> VietnameseAnalyzer.Form.EXACT;
            case "folded" -> VietnameseAnalyzer.Form.FOLDED;
            default ->
                throw new IllegalArgumentException(
                        factory + ": form must be \"exact\" or \"folded\", was \"" + value + "\"");
        };
    }
}
