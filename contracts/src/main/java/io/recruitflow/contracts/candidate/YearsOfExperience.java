package io.recruitflow.contracts.candidate;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.recruitflow.avro.WorkExperience;

/** Years of experience from a work history, counting overlapping jobs once. */
final class YearsOfExperience {

    private YearsOfExperience() {
    }

    /** {@code null} when no job has a start date. */
    static Double from(List<WorkExperience> work, YearMonth now) {
        List<YearMonth[]> spans = new ArrayList<>();
        for (WorkExperience job : work) {
            if (job.getStartDate() == null) {
                continue;
            }
            YearMonth start = parse(job.getStartDate(), 1);
            YearMonth end = job.getEndDate() == null ? now : parse(job.getEndDate(), 12);
            if (end.isAfter(now)) {
                end = now;
            }
            if (!end.isBefore(start)) {
                spans.add(new YearMonth[] {start, end});
            }
        }
        if (spans.isEmpty()) {
            return null;
        }
        spans.sort(Comparator.comparing(span -> span[0]));
        long months = 0;
        YearMonth coveredUntil = null;
        for (YearMonth[] span : spans) {
            YearMonth from = coveredUntil == null || span[0].isAfter(coveredUntil) ? span[0] : coveredUntil.plusMonths(1);
            if (!span[1].isBefore(from)) {
                months += ChronoUnit.MONTHS.between(from, span[1]) + 1;
                coveredUntil = span[1];
            }
        }
        return Math.round(months / 12.0 * 10) / 10.0;
    }

    private static YearMonth parse(String date, int monthWhenOnlyYear) {
        String trimmed = date.trim();
        return trimmed.length() == 4
                ? YearMonth.of(Integer.parseInt(trimmed), monthWhenOnlyYear)
                : YearMonth.parse(trimmed.substring(0, 7));
    }
}
