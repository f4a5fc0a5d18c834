package io.recruitflow.classifier.scoring;

import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.avro.Education;
import io.recruitflow.avro.Skill;
import io.recruitflow.avro.WorkExperience;
import io.recruitflow.avro.WorkPreferences;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Realistic candidate profiles for classifier tests; skill names are canonical, as ingest stores them.
 */
public final class Profiles {

    private Profiles() {
    }

    static CandidateProfile.Builder base(String externalId) {
        return CandidateProfile.newBuilder()
                .setCandidateKey("greenhouse:" + externalId)
                .setSource("greenhouse")
                .setExternalId(externalId)
                .setEventId("evt-" + externalId)
                .setOccurredAt(Instant.parse("2025-03-01T10:00:00Z"))
                .setReceivedAt(Instant.parse("2025-03-01T10:00:01Z"))
                .setPreferences(WorkPreferences.newBuilder().setEngagementTypes(List.of()).build())
                // set explicitly: resolving record-array defaults trips Avro 1.12's trusted-class check
                .setSkills(List.of())
                .setWork(List.of())
                .setEducation(List.of());
    }

    public static CandidateProfile architectureFocusedEngineer() {
        return base("1001")
                .setDisplayName("Ada Example")
                .setHeadline("Senior Backend Engineer")
                .setSummary("Backend engineer who owns the system design and architecture of a payments platform. "
                        + "I work with company executives and project owners and mediate between client "
                        + "requirements and the development team.")
                .setYearsOfExperience(11.0)
                .setSkills(skills("java", "spring-boot", "postgresql", "kafka", "kubernetes"))
                .setWork(List.of(work("Backend Engineer", "Payments platform, 40 services.",
                        "Architected an event-driven platform processing 2M payments a day",
                        "Optimized servers for speed and stability, cutting p99 latency by 40%",
                        "Built the security structures for PCI compliance",
                        "Generated reusable code libraries used by six teams",
                        "Designed data storage solutions on PostgreSQL and Kafka",
                        "Raised code quality through unit tests and automation")))
                .setEducation(List.of(education("Computer Science")))
                .build();
    }

    public static CandidateProfile featureAndApiFocusedDeveloper() {
        return base("1002")
                .setDisplayName("Bo Example")
                .setHeadline("Backend Developer")
                .setSummary("I take user stories from the backend engineers and deliver them to the specifications.")
                .setYearsOfExperience(4.0)
                .setSkills(skills("nodejs", "express", "javascript", "mongodb", "rest"))
                .setWork(List.of(work("Backend Developer", null,
                        "Built REST APIs consumed by the front-end and mobile app developers",
                        "Implemented new features every sprint with my scrum team",
                        "Wrote server-side logic and integrated third-party data sources",
                        "Implemented user authentication and authorization with OAuth2 and JWT",
                        "Troubleshoot and debug production issues",
                        "Write clean, maintainable code and run UI tests",
                        "Mentor and support junior team members")))
                .build();
    }

    static CandidateProfile broadSeniorHybrid() {
        return base("1003")
                .setHeadline("Lead Backend Engineer")
                .setSummary("Fifteen years from hands-on coding of features to system design.")
                .setYearsOfExperience(15.0)
                .setSkills(skills("python", "django", "postgresql", "redis", "rest", "docker"))
                .setWork(List.of(
                        work("Backend Engineer", null,
                                "Architected the order platform and its data storage solutions",
                                "Optimized servers for speed and stability",
                                "Built security structures and reusable code libraries",
                                "Introduced unit tests and automation across the team",
                                "Worked with company executives and project owners on the roadmap"),
                        work("Backend Developer", null,
                                "Built REST APIs for the mobile app and the front-end",
                                "Implemented new features every sprint",
                                "Implemented user authentication and authorization",
                                "Troubleshoot and debug production issues",
                                "Write clean, maintainable code",
                                "Integrated third-party data sources",
                                "Mentor and support team members")))
                .build();
    }

    static CandidateProfile frontEndOnly() {
        return base("1004")
                .setHeadline("Front-End Developer")
                .setSummary("Front-end developer building responsive, accessible user interfaces with React, "
                        + "CSS and HTML: pixel-perfect components, design systems and animations.")
                .setSkills(skills("react", "css3", "html5", "jquery", "javascript", "sass", "git"))
                .setWork(List.of(work("UI Developer", null,
                        "Built a component library in React used across the marketing site",
                        "Improved Lighthouse accessibility scores from 61 to 98",
                        "Turned Figma designs into responsive pages")))
                .build();
    }

    static CandidateProfile dataScientist() {
        return base("1005")
                .setHeadline("Data Scientist")
                .setSummary("Data scientist building machine learning models for churn prediction and demand "
                        + "forecasting; statistics, experimentation and A/B testing.")
                .setSkills(skills("python", "sql", "pandas", "scikit-learn", "tensorflow"))
                .setWork(List.of(work("Data Scientist", null,
                        "Trained gradient boosting models that cut churn by 12%",
                        "Presented experiment results to executives",
                        "Built dashboards for the marketing team")))
                .setEducation(List.of(education("Statistics")))
                .build();
    }

    public static CandidateProfile nurse() {
        return base("1006")
                .setHeadline("Registered Nurse")
                .setSummary("Registered nurse with 8 years in intensive care: patient assessment, care plans, "
                        + "medication administration and family education.")
                .setSkills(skills("patient care", "triage", "medication administration"))
                .setWork(List.of(work("ICU Nurse", null,
                        "Cared for up to three critically ill patients per shift",
                        "Trained new nurses on the unit's protocols")))
                .setEducation(List.of(education("Nursing")))
                .build();
    }

    static CandidateProfile empty() {
        return base("1007").build();
    }

    /** Only raw resume text, as an ATS sends it: shouting, odd headings, broken bullets, nbsp, full width. */
    static CandidateProfile messyResume() {
        return base("1008")
                .setResumeText("JOHN DOE\r\nSENIOR BACK-END DEVELOPER\n\n"
                        + "EXPERIENCE - 24 months\n"
                        + "â€¢ Built RESTful APIs for the MOBILE APP in NODE.JS and PostgreSQL\n"
                        + "▪ Implemented user AUTHENTICATION and authorisation (OAuth2)\n"
                        + "*\u00a0Troubleshooting and DEBUGGING of production issues\n"
                        + "-   Wrote CLEAN\u00a0CODE; new features every sprint\n"
                        + "SKILLS:\tＪＡＶＡＳＣＲＩＰＴ, Express.js, Git")
                .build();
    }

    static List<Skill> skills(String... names) {
        return Arrays.stream(names).map(n -> Skill.newBuilder().setName(n).build()).toList();
    }

    static WorkExperience work(String position, String summary, String... highlights) {
        return WorkExperience.newBuilder()
                .setPosition(position)
                .setOrganization("Example Corp")
                .setStartDate("2019-01")
                .setSummary(summary)
                .setHighlights(List.of(highlights))
                .build();
    }

    static Education education(String area) {
        return Education.newBuilder().setInstitution("Example University").setArea(area).setEndDate("2012").build();
    }
}
