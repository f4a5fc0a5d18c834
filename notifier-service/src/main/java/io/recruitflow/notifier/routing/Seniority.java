package io.recruitflow.notifier.routing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * A seniority band. A candidate is in it when the years of experience fall inside the bounds or
 * the title contains one of the keywords as a whole word; either signal is enough because ATS
 * profiles often carry only one of them.
 *
 * @param minYears      inclusive lower bound, {@code null} for none
 * @param maxYears      inclusive upper bound, {@code null} for none
 * @param titleKeywords lower-case words, e.g. {@code senior}, {@code lead}
 */
record Seniority(Double minYears, Double maxYears, Set<String> titleKeywords) {

    Seniority {
        titleKeywords = Set.copyOf(titleKeywords);
    }

    boolean matches(Double yearsOfExperience, String title) {
        return yearsInBand(yearsOfExperience) || titleHasKeyword(title);
    }

    private boolean yearsInBand(Double years) {
        if (years == null || (minYears == null && maxYears == null)) {
            return false;
        }
        return (minYears == null || years >= minYears) && (maxYears == null || years <= maxYears);
    }

    private boolean titleHasKeyword(String title) {
        if (title == null || titleKeywords.isEmpty()) {
            return false;
        }
        return Arrays.stream(title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .anyMatch(titleKeywords::contains);
    }
}
