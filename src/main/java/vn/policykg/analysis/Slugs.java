package vn.policykg.analysis;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese words as the last part of an address: diacritics and đ folded, lower case, runs of anything
 * else one hyphen. Here, below both the RDF mapping (which mints IRIs from names) and the web layer (which
 * resolves the names people type), so neither imports the other.
 */
public final class Slugs {

    private Slugs() {}

    /** "Tỉnh ủy Lào Cai" → "tinh-uy-lao-cai"; "04/CTr-UBND" → "04-ctr-ubnd". */
    public static String of(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('đ', 'd')
                .replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
