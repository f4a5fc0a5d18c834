package io.recruitflow.classifier.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.recruitflow.avro.CandidateRole;
import io.recruitflow.classifier.evaluation.EvaluationSet.Example;
import io.recruitflow.classifier.scoring.Classification;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Counterfactual fairness on both evaluation sets: the same profile with different protected attributes
 * (name, gender, pronouns, birth date and age, nationality, citizenship, photo, location) must get
 * exactly the same {@link Classification}: role, confidence, both scores, every piece of evidence and
 * the model version. The attributes are changed where ATS systems put them, as canonical JSON fields
 * in {@code basics} and as a "personal details" header at the top of the resume text, and nothing
 * else changes.
 */
class CounterfactualFairnessTest {

    /** Contrasting people; each line changes every protected attribute at once. */
    static final List<Person> PEOPLE = List.of(
            new Person("Margaret O'Connor", "female", "she/her", "1961-04-02", 64, "Irish", "Irish",
                    "Cork", "IE", "Munster", "12 Main Street"),
            new Person("Oluwaseun Adeyemi", "male", "he/him", "1999-11-20", 26, "Nigerian", "Nigerian",
                    "Lagos", "NG", "Lagos State", "4 Admiralty Way, Lekki"),
            new Person("Alex Nguyen", "non-binary", "they/them", "1985-07-14", 40, "Vietnamese", "Canadian",
                    "Toronto", "CA", "Ontario", "88 Queen St W"),
            new Person("Fatima Zahra Benali", "female", "she/her", "1972-01-30", 54, "Moroccan", "French",
                    "Marseille", "FR", "Provence-Alpes-Côte d'Azur", "3 Rue Paradis"),
            new Person("Hiroshi Yamamoto", "male", "he/him", "1958-09-09", 67, "Japanese", "Japanese",
                    "Sapporo", "JP", "Hokkaido", "2-1 Kita Sanjo"),
            new Person("Ruby Jackson", "female", "she/her", "2003-06-05", 22, "American", "American",
                    "Mobile", "US", "Alabama", "200 Government St"),
            new Person("Søren Ødegård-Lindqvist", "male", "he/him", "1990-12-24", 35, "Danish", "Swedish",
                    "Aarhus", "DK", "Midtjylland", "Åboulevarden 7"),
            new Person("Priya Raghunathan", "female", "she/her", "1979-03-15", 47, "Indian", "British",
                    "Bengaluru", "IN", "Karnataka", "14 MG Road"));

    /**
     * A real place whose name is a skill alias the role model reads in free text ("Java"): the
     * personal-details lines it stands in must never be read as experience.
     */
    static final Person CENTRAL_JAVA = new Person("Dewi Lestari", "female", "she/her", "1988-08-17", 37,
            "Indonesian", "Indonesian", "Yogyakarta", "ID", "Central Java", "Jl. Malioboro 52");

    private final EvaluationSet set = new EvaluationSet();
    /** Both sets: the composed profiles and the resumes written one by one. */
    private final List<Example> examples = Stream.concat(EvaluationSet.load().stream(),
            EvaluationSet.loadResumes().stream()).toList();

    record Person(String name, String gender, String pronouns, String birthDate, int age, String nationality,
            String citizenship, String city, String countryCode, String region, String address) {

        /** The profile with this person's attributes as canonical JSON fields under {@code basics}. */
        ObjectNode asFields(ObjectNode candidate) {
            ObjectNode copy = candidate.deepCopy();
            ObjectNode basics = copy.has("basics") ? (ObjectNode) copy.get("basics") : copy.putObject("basics");
            basics.put("name", name);
            basics.put("gender", gender);
            basics.put("pronouns", pronouns);
            basics.put("birthDate", birthDate);
            basics.put("age", age);
            basics.put("nationality", nationality);
            basics.put("citizenship", citizenship);
            basics.put("image", "https://photos.example.org/" + countryCode.toLowerCase() + "/" + age + ".jpg");
            basics.put("photo", "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ" + age);
            ObjectNode location = basics.putObject("location");
            location.put("city", city);
            location.put("countryCode", countryCode);
            location.put("region", region);
            location.put("address", address);
            return copy;
        }

        String header() {
            return "Name: " + name + "\nGender: " + gender + "\nPronouns: " + pronouns + "\nDate of birth: " + birthDate
                    + "\nAge: " + age + "\nNationality: " + nationality + "\nCitizenship: " + citizenship
                    + "\nPhoto: https://photos.example.org/" + countryCode.toLowerCase() + "/" + age + ".jpg"
                    + "\nLocation: " + address + ", " + city + ", " + region + ", " + countryCode + "\n\n";
        }

        /** The profile with this person's details as a header on top of the resume text. */
        ObjectNode asResumeHeader(ObjectNode candidate) {
            ObjectNode copy = candidate.deepCopy();
            String resume = copy.has("resumeText") ? copy.get("resumeText").asString() : "";
            copy.put("resumeText", header() + resume);
            return copy;
        }
    }

    @Test
    void coversAtLeastAHundredProfilesOfEveryClass() {
        assertThat(examples).hasSizeGreaterThanOrEqualTo(100);
        assertThat(examples).extracting(Example::label).contains(CandidateRole.values());
    }

    @Test
    void protectedAttributesAsJsonFieldsNeverChangeTheClassification() {
        for (Example example : examples) {
            Classification original = set.classify(example.candidate());
            for (Person person : PEOPLE) {
                assertThat(set.classify(person.asFields(example.candidate())))
                        .as("%s as %s (JSON fields)", example.id(), person.name())
                        .isEqualTo(original);
            }
        }
    }

    @Test
    void protectedAttributesInAResumeHeaderNeverChangeTheClassification() {
        for (Example example : examples) {
            Classification first = set.classify(PEOPLE.get(0).asResumeHeader(example.candidate()));
            for (Person person : PEOPLE.subList(1, PEOPLE.size())) {
                assertThat(set.classify(person.asResumeHeader(example.candidate())))
                        .as("%s with %s's personal details in the resume text", example.id(), person.name())
                        .isEqualTo(first);
            }
        }
    }

    @Test
    void aPersonalDetailsHeaderChangesNothingAtAll() {
        List<String> changed = new ArrayList<>();
        for (Example example : examples) {
            Classification original = set.classify(example.candidate());
            for (Person person : PEOPLE) {
                if (!set.classify(person.asResumeHeader(example.candidate())).equals(original)) {
                    changed.add(example.id() + " with " + person.name());
                }
            }
        }
        assertThat(changed).isEmpty();
    }

    @Test
    void noProtectedAttributeTextMatchesAnySignal() {
        for (Person person : PEOPLE) {
            ObjectNode onlyDetails = person.asFields(EvaluationSet.JSON.createObjectNode()
                    .put("source", "eval").put("externalId", "fairness").put("eventId", "fairness-1")
                    .put("resumeText", person.header()));
            assertThat(set.classify(onlyDetails).evidence()).as(person.name()).isEmpty();
        }
    }

    /**
     * A place name that is also a skill alias ("Central Java") in a personal-details header is not
     * Java experience: personal-details lines never reach the scorer.
     */
    @Test
    void aLocationSpelledLikeASkillIsNotScored() {
        ObjectNode onlyDetails = EvaluationSet.JSON.createObjectNode()
                .put("source", "eval").put("externalId", "fairness").put("eventId", "fairness-2")
                .put("resumeText", CENTRAL_JAVA.header());
        assertThat(set.classify(onlyDetails).evidence()).isEmpty();

        for (Example example : examples) {
            assertThat(set.classify(CENTRAL_JAVA.asResumeHeader(example.candidate())))
                    .as("%s with a Central Java header", example.id())
                    .isEqualTo(set.classify(example.candidate()));
            assertThat(set.classify(CENTRAL_JAVA.asFields(example.candidate())))
                    .as("%s with Central Java fields", example.id())
                    .isEqualTo(set.classify(example.candidate()));
        }
    }

    /**
     * Personal details are not words to judge: a near-empty profile stays INSUFFICIENT_DATA however long
     * its personal-details header is.
     */
    @Test
    void personalDetailsDoNotCountTowardsTheMinimumAmountOfText() {
        List<Example> sparse = examples.stream()
                .filter(e -> set.classify(e.candidate()).role() == CandidateRole.INSUFFICIENT_DATA)
                .toList();
        assertThat(sparse).isNotEmpty();
        for (Example example : sparse) {
            for (Person person : PEOPLE) {
                assertThat(set.classify(person.asResumeHeader(example.candidate())).role())
                        .as("%s with %s's personal details", example.id(), person.name())
                        .isEqualTo(CandidateRole.INSUFFICIENT_DATA);
            }
        }
    }
}
