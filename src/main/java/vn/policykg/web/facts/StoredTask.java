package vn.policykg.web.facts;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A task as the store holds it. {@code words} are the deadline as the text gives it (null without one);
 * {@code due} is the end of the deadline interval (null also when the text gives only a start, "dự kiến từ
 * năm 2027"), {@code start} its beginning, {@code deadlineKind} the IRI of its kind (within, by, from).
 * {@code recurrence} is the RRULE value of a recurring deadline (its occurrences run from {@code start} to
 * {@code due}), else null.
 */
public record StoredTask(
        String iri,
        String name,
        String clause,
        String path,
        String document,
        String documentTitle,
        String province,
        String words,
        LocalDate start,
        LocalDate due,
        String condition,
        String recurrence,
        String deadlineKind,
        List<BodyInRole> bodies)
        implements StoredFact {

    /** By due date (those with only a start, then those without a deadline, last), then document and clause. */
    public static final Comparator<StoredTask> BY_DUE_DATE = Comparator.comparing(
                    StoredTask::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(t -> !t.hasDeadline())
            .thenComparing(StoredTask::document)
            .thenComparing(StoredTask::path);

    public boolean hasDeadline() {
        return words != null;
    }
}
