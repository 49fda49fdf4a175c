package vn.policykg.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** The links under a paged list: previous, a window of page numbers around the current one, next. */
public final class PageLinks {

    /** One link; {@code current} marks the page being shown. */
    public record PageLink(String label, String href, boolean current) {}

    private static final int WINDOW = 9;

    private PageLinks() {}

    /** The page a {@code page} parameter asks for: 1 when absent or blank; a 400 for anything but 1, 2, 3 … */
    public static int number(String value) {
        if (value == null || value.isBlank()) return 1;
        try {
            int page = Integer.parseInt(value.strip());
            if (page >= 1) return page;
        } catch (NumberFormatException e) {
            // said below, as for a page below 1
        }
        throw BadParameter.of("page", value, "phải là số trang từ 1 trở lên");
    }

    /** Links for pages 0 … {@code pageCount}-1, {@code current} being shown; {@code href} gives a page's address. */
    public static List<PageLink> around(int current, long pageCount, IntFunction<String> href) {
        List<PageLink> links = new ArrayList<>();
        if (pageCount <= 1) return links;
        int first = (int) Math.max(0, Math.min(current - WINDOW / 2, pageCount - WINDOW));
        int last = (int) Math.min(pageCount - 1, first + WINDOW - 1);
        if (current > 0) links.add(new PageLink("‹ Trước", href.apply(current - 1), false));
        for (int p = first; p <= last; p++) links.add(new PageLink(String.valueOf(p + 1), href.apply(p), p == current));
        if (current < pageCount - 1) links.add(new PageLink("Sau ›", href.apply(current + 1), false));
        return links;
    }
}
