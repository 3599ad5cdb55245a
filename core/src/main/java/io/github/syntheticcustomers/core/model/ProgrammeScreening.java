package io.github.syntheticcustomers.core.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a customer stands in one screening programme ({@code timeline.screening.programmes}) as of the reference
 * date, computed from her visits (docs/timeline-model.md, "Snapshot rules").
 *
 * @param id the programme's id, e.g. {@code blood_pressure}
 * @param eligible whether the programme applies to her on the day before the reference date (sex, age, risk factors)
 * @param intervalYears the interval in force: at the age of her last kept visit, or now when she has none; null
 *     when she is not eligible and never kept a visit of it
 * @param lastScreening the local date of her last kept visit of the programme, null without one
 * @param nextDue when the next visit is due: the last kept visit plus {@code intervalYears}, or the day she became
 *     eligible when she has none; null when she is not eligible
 * @param completed kept visits of the programme
 * @param due visits that fell due: the booked ones, plus the one now due when she is {@code overdue} or
 *     {@code never} screened
 * @param status {@link #UP_TO_DATE}, {@link #OVERDUE}, {@link #NEVER} or {@link #NOT_ELIGIBLE}
 */
public record ProgrammeScreening(String id, boolean eligible, @Nullable Integer intervalYears,
        @Nullable LocalDate lastScreening, @Nullable LocalDate nextDue, int completed, int due, String status) {

    /** Eligible, with a kept visit, and the next not yet due. */
    public static final String UP_TO_DATE = "up_to_date";
    /** Eligible, with a kept visit, and the next due before the reference date. */
    public static final String OVERDUE = "overdue";
    /** Eligible and never screened in the history. */
    public static final String NEVER = "never";
    /** The programme does not apply to her now (sex, age or risk). */
    public static final String NOT_ELIGIBLE = "not_eligible";
    /** Every status. */
    public static final List<String> STATUSES = List.of(UP_TO_DATE, OVERDUE, NEVER, NOT_ELIGIBLE);
}
