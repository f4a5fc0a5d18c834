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

    /**
     * A typical structured profile as ingest stores it: eight skills with keywords, three jobs with
     * summaries and highlights, a headline and a summary. The benchmark's structured case.
     */
    public static CandidateProfile typicalStructuredProfile() {
        return base("1009")
                .setDisplayName("Cy Example")
                .setHeadline("Backend Developer (Java, Kafka)")
                .setSummary("Backend developer with seven years of building and running services for logistics and "
                        + "retail. I turn user stories into REST APIs and event-driven features, keep the database "
                        + "healthy and like to leave the code cleaner than I found it.")
                .setYearsOfExperience(7.0)
                .setSkills(List.of(
                        skill("java", "Java 17", "JUnit 5"),
                        skill("spring-boot", "Spring Data JPA", "Spring Security"),
                        skill("postgresql", "query tuning", "Flyway"),
                        skill("kafka", "Kafka Streams"),
                        skill("docker"),
                        skill("kubernetes", "Helm"),
                        skill("rest", "OpenAPI"),
                        skill("git")))
                .setWork(List.of(
                        work("Backend Developer", "Shipment tracking platform for a European parcel carrier, "
                                        + "12 services on Kubernetes.",
                                "Implemented new features every sprint with a scrum team of six",
                                "Built REST APIs consumed by the mobile app and the customer portal",
                                "Integrated third-party data sources from 14 carriers through Kafka",
                                "Troubleshoot and debug production issues as part of the on-call rotation",
                                "Wrote unit tests and integration tests with Testcontainers"),
                        work("Software Developer", "Order management for an online grocery shop.",
                                "Implemented user authentication and authorization with OAuth2",
                                "Maintained the PostgreSQL database and optimised slow queries",
                                "Worked with product managers and UX designers on the checkout flow",
                                "Refactored a legacy monolith module into two services"),
                        work("Junior Java Developer", "Internal tools for a logistics company.",
                                "Wrote clean, maintainable code for warehouse reporting",
                                "Fixed bugs reported by the support team",
                                "Automated the weekly release with Jenkins")))
                .setEducation(List.of(education("Computer Science")))
                .build();
    }

    /**
     * A one-page resume of about 600 words as an ATS passes it on: only free text, upper-case headings,
     * assorted bullets, "Experience - 24 months". The benchmark's free-text case.
     */
    public static CandidateProfile onePageResume() {
        return base("1010").setResumeText(ONE_PAGE_RESUME).build();
    }

    private static final String ONE_PAGE_RESUME = """
            JANE Q. SAMPLE
            Backend Engineer | Platform & Payments
            jane.sample@example.com | +44 20 7946 0000 | github.com/jsample

            PROFILE
            Backend engineer with nine years of experience designing, building and operating distributed             systems for payments and e-commerce. I own the system design of services from the first whiteboard             sketch to production, work closely with company executives and project owners, and mediate             between client requirements and the development team. Comfortable across the stack, happiest             where data storage, scalability and security meet.

            EXPERIENCE - 24 months
            STAFF BACKEND ENGINEER, Payments Platform (2023 - present)
            • Architected an event-driven payments platform on Java 17, Spring Boot and Apache Kafka             processing 2M transactions a day across 40 microservices
            • Optimized servers for speed and stability; cut p99 latency of the authorisation path from 480 ms             to 210 ms through connection pooling, caching in Redis and query optimisation
            • Designed data storage solutions on PostgreSQL with partitioning and read replicas; led the             migration of 3 TB of ledger data without downtime
            • Built the security structures for PCI DSS compliance: tokenisation, key rotation, audit logging
            • Generated reusable code libraries for idempotency, retries and tracing used by six teams
            • Mentored four engineers and ran the architecture review board

            EXPERIENCE - 36 months
            SENIOR BACK-END DEVELOPER, Retail Marketplace (2020 - 2023)
            ▪ Built RESTful APIs for the mobile app and the web shop in Node.js and TypeScript
            ▪ Implemented new features every sprint with a cross-functional scrum team
            ▪ Implemented user authentication and authorization with OAuth2, OpenID Connect and JWT
            ▪ Integrated third-party data sources: payment providers, shipping carriers, tax services
            ▪ Troubleshooting and debugging of production issues; reduced incident count by 35%
            ▪ Wrote clean, maintainable code and raised unit test coverage from 40% to 85%

            EXPERIENCE - 30 months
            SOFTWARE DEVELOPER, Logistics Startup (2017 - 2020)
            - Developed the order-tracking backend in Python and Django with a MySQL database
            - Designed the data model for shipments, parcels and routes
            - Deployed services with Docker and Kubernetes on AWS; introduced CI/CD with GitHub Actions
            - Worked with product managers and UX designers on the customer-facing tracking page
            - Automated load tests and added monitoring with Prometheus and Grafana

            TECHNICAL SKILLS
            * Languages: Java, Kotlin, Python, TypeScript, JavaScript, SQL, Go
            * Frameworks: Spring Boot, Spring Cloud, Django, Express.js, React (basic)
            * Data: PostgreSQL, MySQL, MongoDB, Redis, Elasticsearch, Kafka, RabbitMQ
            * Cloud & Ops: AWS (ECS, RDS, Lambda), GCP, Docker, Kubernetes, Terraform, Helm
            * Practices: domain-driven design, microservice architecture, test-driven development,             code review, pair programming, incident management

            SELECTED PROJECTS
            – Ledger service: double-entry ledger with exactly-once processing on Kafka transactions,             reconciled nightly against bank statements; zero unexplained differences in 18 months.
            – Rate limiter: a token-bucket rate limiter shared by all public endpoints, built as a small             library with a Redis backend; protects the API gateway during sales peaks.
            – Schema registry rollout: moved 60 topics from JSON to Avro with compatibility checks in the             build, so a breaking change fails the pull request instead of production.

            EDUCATION
            M.Sc. Computer Science, 2016
            B.Sc. Mathematics, 2014

            CERTIFICATIONS
            AWS Certified Solutions Architect - Associate; Certified Kubernetes Application Developer (CKAD)

            LANGUAGES
            English (fluent), German (professional), Spanish (basic)

            INTERESTS
            Mentoring at a coding school for career changers, long-distance running, and restoring old             mechanical keyboards. I write about system design and performance tuning on my blog and speak             at local meetups about event-driven architecture, observability and the joys of boring technology.
            """;

    static Skill skill(String name, String... keywords) {
        return Skill.newBuilder().setName(name).setKeywords(List.of(keywords)).build();
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
