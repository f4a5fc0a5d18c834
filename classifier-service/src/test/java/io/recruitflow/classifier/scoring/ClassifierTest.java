package io.recruitflow.classifier.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.avro.CandidateRole;
import io.recruitflow.avro.EngagementType;
import io.recruitflow.avro.WorkPreferences;
import io.recruitflow.avro.WorkplaceType;
import io.recruitflow.classifier.rolemodel.RoleModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ClassifierTest {

    private final RoleModel model = RoleModel.standard();
    private final Classifier classifier = new Classifier(model);

    private Classification classify(CandidateProfile profile) {
        return classifier.classify(CandidateView.from(profile));
    }

    @Test
    void classifiesAnArchitectureFocusedProfileAsBackendEngineer() {
        Classification result = classify(Profiles.architectureFocusedEngineer());

        assertThat(result.role()).isEqualTo(CandidateRole.BACKEND_ENGINEER);
        assertThat(result.engineerScore()).isGreaterThan(0.9).isGreaterThan(result.developerScore());
        assertThat(result.confidence()).isGreaterThan(0.8);
        assertThat(result.modelVersion()).isEqualTo(model.version());
    }

    @Test
    void classifiesAFeatureAndApiFocusedProfileAsBackendDeveloper() {
        Classification result = classify(Profiles.featureAndApiFocusedDeveloper());

        assertThat(result.role()).isEqualTo(CandidateRole.BACKEND_DEVELOPER);
        assertThat(result.developerScore()).isGreaterThan(0.9).isGreaterThan(result.engineerScore());
        assertThat(result.confidence()).isGreaterThan(0.8);
    }

    @Test
    void classifiesABroadSeniorProfileAsHybrid() {
        Classification result = classify(Profiles.broadSeniorHybrid());

        assertThat(result.role()).isEqualTo(CandidateRole.HYBRID);
        assertThat(result.engineerScore()).isGreaterThanOrEqualTo(model.decision().hybridMinScore());
        assertThat(result.developerScore()).isGreaterThanOrEqualTo(model.decision().hybridMinScore());
        assertThat(result.evidence()).extracting(Match::role)
                .contains(CandidateRole.BACKEND_ENGINEER, CandidateRole.BACKEND_DEVELOPER);
    }

    @Test
    void classifiesAFrontEndOnlyProfileAsNotBackend() {
        Classification result = classify(Profiles.frontEndOnly());

        assertThat(result.role()).isEqualTo(CandidateRole.NOT_BACKEND);
        assertThat(result.confidence()).isGreaterThan(0.5);
    }

    @Test
    void classifiesADataScientistAsNotBackend() {
        assertThat(classify(Profiles.dataScientist()).role()).isEqualTo(CandidateRole.NOT_BACKEND);
    }

    @Test
    void classifiesANurseAsNotBackend() {
        Classification result = classify(Profiles.nurse());

        assertThat(result.role()).isEqualTo(CandidateRole.NOT_BACKEND);
        assertThat(result.confidence()).isGreaterThan(0.9);
    }

    @Test
    void returnsInsufficientDataForAnEmptyProfile() {
        Classification result = classify(Profiles.empty());

        assertThat(result.role()).isEqualTo(CandidateRole.INSUFFICIENT_DATA);
        assertThat(result.confidence()).isEqualTo(1.0);
        assertThat(result.evidence()).isEmpty();
    }

    @Test
    void returnsInsufficientDataForAHeadlineAndTwoSkills() {
        CandidateProfile thin = Profiles.base("1100")
                .setHeadline("Backend Engineer")
                .setSkills(Profiles.skills("java", "postgresql"))
                .build();

        assertThat(classify(thin).role()).isEqualTo(CandidateRole.INSUFFICIENT_DATA);
    }

    @Test
    void readsMessyUpperCaseResumeTextWithBullets() {
        Classification result = classify(Profiles.messyResume());

        assertThat(result.role()).isEqualTo(CandidateRole.BACKEND_DEVELOPER);
        // its skills section is read as a skill list (resumeText.skills), the rest as prose (resumeText)
        assertThat(result.evidence()).allSatisfy(m -> assertThat(m.field()).startsWith("resumeText"));
        assertThat(result.evidence()).extracting(Match::matchedText)
                .contains("node.js", "postgresql", "restful apis", "authentication", "troubleshooting",
                        "clean code", "javascript");
    }

    @Test
    void doesNotCountShortAliasesInProseAsSkills() {
        CandidateProfile prose = Profiles.base("1101")
                .setHeadline("Office manager")
                .setResumeText("Ready to go the extra mile. After a rest I express myself in less words; "
                        + "Ruby, my manager, says I react fast and node along in meetings with Scala.")
                .build();

        assertThat(classify(prose).evidence()).extracting(Match::matchedText)
                .doesNotContain("go", "rest", "express", "less", "ruby", "react", "node", "scala");
    }

    @Test
    void countsAmbiguousSkillsWhenListedAsStructuredSkills() {
        Classification result = classify(Profiles.featureAndApiFocusedDeveloper());

        assertThat(result.evidence()).contains(new Match(CandidateRole.BACKEND_DEVELOPER, "RESPONSIBILITY",
                "skills[4].name", "rest", 1.5, "What is a Backend Developer?"));
    }

    @Test
    void countsEachSignalOncePerRole() {
        CandidateProfile once = Profiles.base("1102")
                .setHeadline("Backend Developer")
                .setWork(List.of(Profiles.work("Backend Developer", null, "Debug production issues in Node.js")))
                .build();
        CandidateProfile repeated = Profiles.base("1102")
                .setHeadline("Backend Developer")
                .setWork(List.of(Profiles.work("Backend Developer", null,
                        Collections.nCopies(10, "Debug production issues in Node.js").toArray(String[]::new))))
                .build();

        Classification a = classify(once);
        Classification b = classify(repeated);

        assertThat(b.developerScore()).isEqualTo(a.developerScore());
        assertThat(b.evidence()).hasSameSizeAs(a.evidence());
        assertThat(b.evidence()).extracting(m -> m.role() + "/" + m.articleSection() + "/" + m.weight())
                .doesNotHaveDuplicates();
    }

    @Test
    void countsTitlesOnlyInHeadlineAndPositions() {
        // the developer's summary mentions "the backend engineers" they take work from
        Classification result = classify(Profiles.featureAndApiFocusedDeveloper());

        assertThat(result.evidence())
                .filteredOn(m -> m.role() == CandidateRole.BACKEND_ENGINEER)
                .extracting(Match::signal)
                .doesNotContain("TITLE");
    }

    @Test
    void evidenceNamesFieldWeightAndSection() {
        Classification result = classify(Profiles.featureAndApiFocusedDeveloper());

        assertThat(result.evidence()).contains(
                new Match(CandidateRole.BACKEND_DEVELOPER, "RESPONSIBILITY", "work[0].highlights[4]", "troubleshoot",
                        1.25, "Backend Developer Responsibilities"),
                new Match(CandidateRole.BACKEND_DEVELOPER, "TITLE", "headline", "backend developer", 1.5,
                        "What is a Backend Developer?"),
                new Match(CandidateRole.HYBRID, "SKILL", "skills[3].name", "mongodb", 1.5,
                        "3. What Skills Are Required For Backend Programming?"));
    }

    @Test
    void listsEvidenceByRoleThenWeight() {
        List<Match> evidence = classify(Profiles.broadSeniorHybrid()).evidence();

        List<Match> sorted = new ArrayList<>(evidence);
        sorted.sort(Comparator.comparing(Match::role)
                .thenComparing(Match::weight, Comparator.reverseOrder())
                .thenComparing(Match::field));
        assertThat(evidence).extracting(m -> m.role() + "/" + m.weight() + "/" + m.field())
                .containsExactlyElementsOf(sorted.stream().map(m -> m.role() + "/" + m.weight() + "/" + m.field())
                        .toList());
    }

    @Test
    void keepsScoresAndConfidenceBetweenZeroAndOne() {
        allFixtures().map(this::classify).forEach(result -> {
            assertThat(result.confidence()).isBetween(0.0, 1.0);
            assertThat(result.engineerScore()).isBetween(0.0, 1.0);
            assertThat(result.developerScore()).isBetween(0.0, 1.0);
        });
    }

    @Test
    void isDeterministic() {
        Classifier other = new Classifier(RoleModel.standard());

        allFixtures().forEach(profile -> {
            Classification first = classifier.classify(CandidateView.from(profile));
            assertThat(classifier.classify(CandidateView.from(profile))).isEqualTo(first);
            assertThat(other.classify(CandidateView.from(profile))).isEqualTo(first);
        });
    }

    @Test
    void ignoresProtectedAttributes() {
        CandidateProfile original = Profiles.architectureFocusedEngineer();
        // a fresh copy changed through setters: Avro's copy builder deep-copies, which its class check forbids
        CandidateProfile other = Profiles.architectureFocusedEngineer();
        other.setDisplayName("Someone Entirely Different");
        other.getWork().forEach(w -> {
            w.setOrganization("Another Org, Lagos");
            w.setStartDate("1979");
        });
        other.getEducation().forEach(e -> {
            e.setInstitution("Another University, Oslo");
            e.setEndDate("1985");
        });
        other.setPreferences(WorkPreferences.newBuilder()
                .setEngagementTypes(List.of(EngagementType.FREELANCE))
                .setWorkplace(WorkplaceType.values()[0])
                .build());

        assertThat(classify(other)).isEqualTo(classify(original));
        assertThat(CandidateViewTest.componentNamesOf(CandidateView.class))
                .noneMatch(CandidateViewTest::looksProtected);
    }

    @Test
    void readsTheStackOfAResumeSkillsSectionWithItsAmbiguousSpellings() {
        Classification result = classify(Profiles.base("1201").setResumeText("""
                TECHNICAL SKILLS
                Java, Spring, Hibernate, JSP, Servlets, Oracle, Tomcat
                Summary
                Two years of work on an insurance portal for a services company in a team of six.
                """).build());

        assertThat(result.evidence()).filteredOn(m -> m.field().equals("resumeText.skills"))
                .extracting(Match::matchedText).contains("java", "hibernate", "oracle", "tomcat");
        // ordinary words in prose, skills in a skills list
        assertThat(classify(Profiles.base("1207").setResumeText("Skills: Spring, Go").build()).evidence())
                .extracting(Match::matchedText).contains("spring", "go");
    }

    @Test
    void countsATitleInFreeTextWithLessWeightThanInATitleField() {
        Match inText = titleEvidence(Profiles.base("1202").setResumeText(
                "I am working as a Java developer for a logistics company, on its shipment tracking system.").build());
        Match inHeadline = titleEvidence(Profiles.base("1203").setHeadline("Java Developer").setResumeText(
                "Working for a logistics company, on its shipment tracking system and its partners.").build());

        assertThat(inText.field()).isEqualTo("resumeText");
        assertThat(inText.weight()).isLessThan(inHeadline.weight());
        assertThat(inHeadline.field()).isEqualTo("headline");
    }

    @Test
    void doesNotCountSomeoneElsesTitleInFreeText() {
        Classification result = classify(Profiles.base("1204").setResumeText(
                "Reported to the backend engineer and worked with a QA engineer on the release of the portal.")
                .build());

        assertThat(result.evidence()).noneMatch(m -> m.signal().equals("TITLE"));
    }

    @Test
    void seniorityWordsNextToATitleFeedTheSplitAndSeniorFeedsNeither() {
        assertThat(seniority("Jr. Java Developer at a bank, building its payments platform and its tools."))
                .extracting(Match::role).containsExactly(CandidateRole.BACKEND_DEVELOPER);
        assertThat(seniority("Java developer intern at a bank, building its payments platform and its tools."))
                .extracting(Match::role).containsExactly(CandidateRole.BACKEND_DEVELOPER);
        assertThat(seniority("Lead Java Developer at a bank, building its payments platform and its tools."))
                .extracting(Match::role).containsExactly(CandidateRole.BACKEND_ENGINEER);
        assertThat(seniority("Senior Java Developer at a bank, building its payments platform and its tools."))
                .isEmpty();
        assertThat(seniority("Helped a junior colleague and led the weekly demo of the payments platform tools."))
                .isEmpty();
    }

    @Test
    void workElsewhereCountsAgainstTheCore() {
        Classification result = classify(Profiles.base("1205").setHeadline("QA Automation Engineer").setResumeText("""
                Test automation with Java, Selenium and TestNG; SQL queries against Oracle to check data;                 REST API testing with Postman; wrote test cases and regression suites, logged defects in JIRA.
                """).build());

        assertThat(result.evidence()).filteredOn(m -> m.role() == CandidateRole.NOT_BACKEND)
                .extracting(Match::matchedText).contains("qa automation engineer", "selenium");
        assertThat(result.role()).isEqualTo(CandidateRole.NOT_BACKEND);
        assertThat(result.confidence()).isBetween(0.0, 1.0);
    }

    private Match titleEvidence(CandidateProfile profile) {
        return classify(profile).evidence().stream()
                .filter(m -> m.signal().equals("TITLE") && m.matchedText().equals("java developer"))
                .findFirst().orElseThrow();
    }

    private List<Match> seniority(String resume) {
        return classify(Profiles.base("1206").setResumeText(resume).build()).evidence().stream()
                .filter(m -> m.signal().equals("SENIORITY")).toList();
    }

    private static Stream<CandidateProfile> allFixtures() {
        return Stream.of(Profiles.architectureFocusedEngineer(), Profiles.featureAndApiFocusedDeveloper(),
                Profiles.broadSeniorHybrid(), Profiles.frontEndOnly(), Profiles.dataScientist(), Profiles.nurse(),
                Profiles.empty(), Profiles.messyResume());
    }
}
