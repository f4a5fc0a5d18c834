package io.recruitflow.contracts.candidate;

import java.util.regex.Pattern;

/**
 * Removes the personal-details lines resumes often start with ("Name: …", "Date of birth: …",
 * "Nationality: …", "Location: …"): the pipeline does not need them, and a classifier must never
 * read them (a place called "Central Java" is not Java experience; a longer header is not more
 * evidence). A line goes when it starts, after any bullet, with one of these labels and a colon,
 * tab, or a dash with spaces around it ("Location-based services" stays).
 */
public final class PersonalDetails {

    private static final Pattern LINE = Pattern.compile("(?imU)^[\\h•·▪◦*>-]*(?:"
            + "(?:full |first |last |family |given )?name|surname|"
            + "date of birth|birth ?date|d\\.?o\\.?b\\.?|born|place of birth|age|"
            + "gender|sex|pronouns?|marital status|family status|religion|ethnicity|race|"
            + "nationality|nationalities|citizenship|citizen of|passport|visa(?: status)?|work permit|"
            + "(?:current |home |postal )?(?:location|address)|residence|city|country|"
            + "photo|picture|headshot|"
            + "e-?mail|phone|mobile|tel(?:ephone)?|website|linkedin|github profile"
            + ")(?:\\h*:|\\t|\\h+[–—-]\\h)[^\\n]*(?:\\R|$)");

    private PersonalDetails() {
    }

    public static String strip(String text) {
        return text == null ? null : LINE.matcher(text).replaceAll("");
    }
}
