package io.recruitflow.ingest.formats;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date spellings ATS payloads use, turned into the canonical {@code YYYY}, {@code YYYY-MM} or
 * {@code YYYY-MM-DD}: ISO dates as they are, ISO timestamps cut to their date, and the US
 * {@code MM/DD/YYYY} of Greenhouse webhooks. Anything else is recorded as a violation of the
 * vendor's field.
 */
final class VendorDates {

    private static final Pattern ISO = Pattern.compile("(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)(?:[T ].*)?");
    private static final Pattern US = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    private VendorDates() {
    }

    static String date(Payload.Section object, String field) {
        String value = object.string(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        Matcher iso = ISO.matcher(trimmed);
        if (iso.matches()) {
            return iso.group(1);
        }
        Matcher us = US.matcher(trimmed);
        if (us.matches()) {
            return us.group(3) + "-" + twoDigits(us.group(1)) + "-" + twoDigits(us.group(2));
        }
        object.fail(field, "must be a date such as 2021-03, 2021-03-15 or 03/15/2021");
        return null;
    }

    /** An ISO-8601 instant kept as text for {@code occurredAt}, or null. */
    static String instant(Payload.Section object, String field) {
        String value = object.string(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim()).toString();
        } catch (DateTimeParseException e) {
            object.fail(field, "must be an ISO-8601 instant such as 2026-11-01T10:15:30Z");
            return null;
        }
    }

    private static String twoDigits(String number) {
        return number.length() == 1 ? "0" + number : number;
    }
}
