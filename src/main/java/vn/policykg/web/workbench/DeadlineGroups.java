package vn.policykg.web.workbench;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import vn.policykg.web.BadParameter;
import vn.policykg.web.PageLinks;
import vn.policykg.web.facts.StoredTask;

/**
 * The deadlines page's groups of tasks as of a day (overdue, due soon, later, only a start given), each cut to
 * what one page shows, so the page stays the same size however many tasks the graph holds: every group's first
 * tasks with a link to the rest, or one group a page at a time.
 */
final class DeadlineGroups {

    /** Which tasks a group holds as of a day; {@code soon} is the last day counted as due soon. */
    enum Kind {
        OVERDUE("overdue", "Quá hạn", "Overdue"),
        SOON(
                "soon",
                "Đến hạn trong " + DeadlinesController.SOON_DAYS + " ngày tới",
                "Due in the next " + DeadlinesController.SOON_DAYS + " days"),
        LATER("later", "Sau đó", "Later"),
        START_ONLY("start-only", "Chỉ có thời điểm bắt đầu", "Only a start is given");

        final String id;
        final String title;
        final String english;

        Kind(String id, String title, String english) {
            this.id = id;
            this.title = title;
            this.english = english;
        }

        boolean holds(StoredTask t, LocalDate day, LocalDate soon) {
            return switch (this) {
                case OVERDUE -> t.due() != null && t.due().isBefore(day);
                case SOON ->
                    t.due() != null && !t.due().isBefore(day) && !t.due().isAfter(soon);
                case LATER -> t.due() != null && t.due().isAfter(soon);
                case START_ONLY -> t.due() == null;
            };
        }

        /** The kind a {@code group} parameter names; null for none; a 400 naming the choices for anything else. */
        static Kind named(String id) {
            if (id == null || id.isBlank()) return null;
            for (Kind k : values()) if (k.id.equals(id.strip())) return k;
            throw BadParameter.of(
                    "group",
                    id,
                    "phải là một trong "
                            + String.join(
                                    ", ", Arrays.stream(values()).map(k -> k.id).toList()));
        }
    }

    /**
     * A group on the page: all its tasks counted ({@code total}), those shown, where the rest are (null when all
     * are shown) and the links to its other pages (none when it is shown whole or as a preview).
     */
    record Group(
            String id,
            String title,
            String english,
            int total,
            List<StoredTask> tasks,
            String more,
            List<PageLinks.PageLink> pages) {}

    private DeadlineGroups() {}

    /**
     * The groups of {@code shown} (tasks in due-date order) as of {@code day}. With no group chosen ({@code only}
     * null): every group, each its first {@code preview} tasks; otherwise that group alone, page {@code page} of
     * {@code pageSize} tasks. {@code href} gives the address of a group's page (group null: every group). A page
     * beyond the last, or a page asked without a group, is refused with a 400 naming the parameter.
     */
    static List<Group> of(
            List<StoredTask> shown,
            LocalDate day,
            Kind only,
            int page,
            int preview,
            int pageSize,
            BiFunction<Kind, Integer, String> href) {
        if (only == null && page != 1)
            throw BadParameter.of(
                    "page", String.valueOf(page), "chỉ dùng cùng tham số «group» (nhóm được xem theo trang)");
        LocalDate soon = day.plusDays(DeadlinesController.SOON_DAYS);
        return Arrays.stream(Kind.values())
                .filter(k -> only == null || k == only)
                .map(k -> {
                    List<StoredTask> all =
                            shown.stream().filter(t -> k.holds(t, day, soon)).toList();
                    if (only == null) {
                        List<StoredTask> first = all.subList(0, Math.min(preview, all.size()));
                        String more = first.size() < all.size() ? href.apply(k, 1) : null;
                        return new Group(k.id, k.title, k.english, all.size(), first, more, List.of());
                    }
                    int pageCount = Math.max(1, (all.size() + pageSize - 1) / pageSize);
                    if (page > pageCount)
                        throw BadParameter.of(
                                "page", String.valueOf(page), "vượt quá số trang của nhóm (" + pageCount + ")");
                    int from = (page - 1) * pageSize;
                    return new Group(
                            k.id,
                            k.title,
                            k.english,
                            all.size(),
                            all.subList(from, Math.min(from + pageSize, all.size())),
                            null,
                            PageLinks.around(page - 1, pageCount, p -> href.apply(k, p + 1)));
                })
                .toList();
    }
}
