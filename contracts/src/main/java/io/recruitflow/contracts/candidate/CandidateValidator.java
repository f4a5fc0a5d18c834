package io.recruitflow.contracts.candidate;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.recruitflow.avro.EngagementType;
import io.recruitflow.avro.WorkplaceType;

/**
 * Checks a submission against the canonical contract and names every bad field at once, so an
 * ATS integrator can fix a payload in one round trip.
 */
public final class CandidateValidator {

    static final Pattern SOURCE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");
    static final Pattern IDENTIFIER = Pattern.compile("[\\p{Graph}&&[^:]][\\p{Graph}]{0,127}");
    static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");
    static final int MAX_ITEMS = 200;
    static final int MAX_SHORT_TEXT = 300;
    static final int MAX_LONG_TEXT = 20_000;
    static final int MAX_RESUME_TEXT = 200_000;

    /**
     * The identifiers of an event that names a candidate without a profile (an erasure): the same
     * rules as a submission's, so a tombstone is only ever published for a key a profile could have.
     */
    public void validateIdentifiers(String source, String externalId, String eventId) {
        List<Violation> violations = new ArrayList<>();
        Check check = new Check(violations);
        if (isBlank(source) || !SOURCE.matcher(source.trim()).matches()) {
            check.fail("source", "must be 1-32 lower-case letters, digits, '-' or '_'");
        }
        check.identifier("externalId", externalId);
        check.identifier("eventId", eventId);
        if (!violations.isEmpty()) {
            throw new InvalidCandidateException(violations);
        }
    }

    public void validate(CandidateSubmission candidate) {
        List<Violation> violations = new ArrayList<>();
        Check check = new Check(violations);

        if (isBlank(candidate.source())) {
            check.fail("source", "is required");
        } else if (!SOURCE.matcher(candidate.source().trim()).matches()) {
            check.fail("source", "must be 1-32 lower-case letters, digits, '-' or '_'");
        }
        check.identifier("externalId", candidate.externalId());
        check.identifier("eventId", candidate.eventId());
        if (candidate.occurredAt() != null) {
            try {
                // Avro's timestamp-millis holds about +-292 million years; beyond that publishing would fail.
                Instant.parse(candidate.occurredAt().trim()).toEpochMilli();
            } catch (DateTimeParseException | ArithmeticException e) {
                check.fail("occurredAt", "must be an ISO-8601 instant such as 2026-11-01T10:15:30Z");
            }
        }
        if (candidate.basics() != null) {
            check.length("basics.name", candidate.basics().name(), MAX_SHORT_TEXT);
            check.length("basics.label", candidate.basics().label(), MAX_SHORT_TEXT);
            check.length("basics.summary", candidate.basics().summary(), MAX_LONG_TEXT);
        }
        check.count("work", candidate.workOrEmpty());
        for (int i = 0; i < candidate.workOrEmpty().size(); i++) {
            validateWork("work[" + i + "]", candidate.workOrEmpty().get(i), check);
        }
        check.count("skills", candidate.skillsOrEmpty());
        for (int i = 0; i < candidate.skillsOrEmpty().size(); i++) {
            CandidateSubmission.SkillEntry skill = candidate.skillsOrEmpty().get(i);
            String field = "skills[" + i + "]";
            if (skill == null || isBlank(skill.name())) {
                check.fail(field + ".name", "is required");
                continue;
            }
            check.length(field + ".name", skill.name(), 100);
            check.texts(field + ".keywords", skill.keywords(), 100);
        }
        check.count("education", candidate.educationOrEmpty());
        for (int i = 0; i < candidate.educationOrEmpty().size(); i++) {
            CandidateSubmission.EducationEntry education = candidate.educationOrEmpty().get(i);
            if (education != null) {
                check.date("education[" + i + "].endDate", education.endDate());
            }
        }
        if (candidate.preferences() != null) {
            validatePreferences(candidate.preferences(), check);
        }
        Double years = candidate.yearsOfExperience();
        if (years != null && (years.isNaN() || years < 0 || years > 70)) {
            check.fail("yearsOfExperience", "must be between 0 and 70");
        }
        check.length("resumeText", candidate.resumeText(), MAX_RESUME_TEXT);

        if (!violations.isEmpty()) {
            throw new InvalidCandidateException(violations);
        }
    }

    private static void validateWork(String field, CandidateSubmission.Work work, Check check) {
        if (work == null) {
            check.fail(field, "must be an object");
            return;
        }
        check.length(field + ".name", work.name(), MAX_SHORT_TEXT);
        check.length(field + ".position", work.position(), MAX_SHORT_TEXT);
        check.length(field + ".summary", work.summary(), MAX_LONG_TEXT);
        check.texts(field + ".highlights", work.highlights(), MAX_LONG_TEXT);
        boolean startOk = check.date(field + ".startDate", work.startDate());
        boolean endOk = check.date(field + ".endDate", work.endDate());
        if (startOk && endOk && !isBlank(work.startDate()) && !isBlank(work.endDate())
                && work.endDate().trim().compareTo(work.startDate().trim()) < 0) {
            check.fail(field + ".endDate", "must not be before startDate");
        }
    }

    private static void validatePreferences(CandidateSubmission.Preferences preferences, Check check) {
        List<String> engagementTypes = preferences.engagementTypes() == null ? List.of() : preferences.engagementTypes();
        check.count("preferences.engagementTypes", engagementTypes);
        for (int i = 0; i < engagementTypes.size(); i++) {
            if (LenientEnums.parse(EngagementType.class, engagementTypes.get(i)) == null) {
                check.fail("preferences.engagementTypes[" + i + "]", "must be one of " + LenientEnums.names(EngagementType.class));
            }
        }
        if (preferences.workplace() != null && LenientEnums.parse(WorkplaceType.class, preferences.workplace()) == null) {
            check.fail("preferences.workplace", "must be one of " + LenientEnums.names(WorkplaceType.class));
        }
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private record Check(List<Violation> violations) {

        void fail(String field, String message) {
            violations.add(new Violation(field, message));
        }

        void identifier(String field, String value) {
            if (isBlank(value)) {
                fail(field, "is required");
            } else if (!IDENTIFIER.matcher(value.trim()).matches()) {
                fail(field, "must be 1-128 visible characters, not starting with ':'");
            }
        }

        void length(String field, String value, int max) {
            if (value != null && value.length() > max) {
                fail(field, "must be at most " + max + " characters");
            }
        }

        void count(String field, List<?> items) {
            if (items.size() > MAX_ITEMS) {
                fail(field, "must have at most " + MAX_ITEMS + " entries");
            }
        }

        void texts(String field, List<String> values, int max) {
            if (values == null) {
                return;
            }
            if (values.size() > MAX_ITEMS) {
                fail(field, "must have at most " + MAX_ITEMS + " entries");
            }
            for (int i = 0; i < values.size(); i++) {
                length(field + "[" + i + "]", values.get(i), max);
            }
        }

        boolean date(String field, String value) {
            if (value != null && !value.isBlank()
                    && !PARTIAL_DATE.matcher(value.trim().toLowerCase(Locale.ROOT)).matches()) {
                fail(field, "must be an ISO-8601 date: YYYY, YYYY-MM or YYYY-MM-DD");
                return false;
            }
            return true;
        }
    }
}
