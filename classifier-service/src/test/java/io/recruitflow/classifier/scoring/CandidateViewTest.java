package io.recruitflow.classifier.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.avro.Skill;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CandidateViewTest {

    private static final Set<String> PROTECTED_WORDS = Set.of("name", "gender", "sex", "age", "birth", "birthdate",
            "dob", "nationality", "citizenship", "location", "address", "city", "country", "photo", "picture",
            "image", "pronoun", "pronouns", "ethnicity", "religion", "organization", "institution", "date");

    @Test
    void hasNoFieldThatCouldCarryAProtectedAttribute() {
        List<String> names = componentNamesOf(CandidateView.class);

        assertThat(names).contains("skills", "headline", "resumeText", "canonical", "highlights");
        assertThat(names).noneMatch(CandidateViewTest::looksProtected);
    }

    @Test
    void keepsCanonicalSkillsKeywordsAndIndexedWorkButNotTheDisplayName() {
        CandidateProfile profile = Profiles.base("2001")
                .setDisplayName("Ada Example")
                .setHeadline("Backend Developer")
                .setSkills(List.of(Skill.newBuilder().setName("Node.js").setKeywords(List.of("Express")).build()))
                .setWork(List.of(Profiles.work("Developer", "Summary", "first", "second")))
                .setEducation(List.of(Profiles.education("Computer Science")))
                .build();

        CandidateView view = CandidateView.from(profile);

        assertThat(view.skills()).containsExactly(new CandidateView.Skill("nodejs", List.of("Express")));
        assertThat(view.work()).containsExactly(new CandidateView.Work("Developer", "Summary",
                List.of("first", "second")));
        assertThat(view.educationAreas()).containsExactly("Computer Science");
        assertThat(view.summary()).isEmpty();
        assertThat(view.toString()).doesNotContain("Ada", "Example Corp", "Example University", "2019");
    }

    @Test
    void dropsPersonalDetailsLinesFromResumeTextWhateverWroteTheProfile() {
        CandidateProfile profile = Profiles.base("2002")
                .setResumeText("Name: Dewi Lestari\nNationality: Indonesian\nLocation: Yogyakarta, Central Java\n"
                        + "BACKEND DEVELOPER\n• Built REST APIs")
                .build();

        assertThat(CandidateView.from(profile).resumeText()).isEqualTo("BACKEND DEVELOPER\n• Built REST APIs");
    }

    /** Field names of a record and of every record it holds, directly or in a list. */
    static List<String> componentNamesOf(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            names.add(field.getName());
            for (Class<?> nested : heldRecords(field.getGenericType())) {
                names.addAll(componentNamesOf(nested));
            }
        }
        return names;
    }

    static boolean looksProtected(String fieldName) {
        return Arrays.stream(fieldName.split("(?=[A-Z])"))
                .map(word -> word.toLowerCase(Locale.ROOT))
                .anyMatch(PROTECTED_WORDS::contains);
    }

    private static List<Class<?>> heldRecords(Type type) {
        List<Class<?>> records = new ArrayList<>();
        if (type instanceof Class<?> c && c.isRecord()) {
            records.add(c);
        } else if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                records.addAll(heldRecords(argument));
            }
        }
        return records;
    }
}
