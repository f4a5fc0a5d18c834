package io.recruitflow.classifier.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ResumeReaderTest {

    private final ResumeReader reader = new ResumeReader(Set.of("java", "spring", "mvc", "hibernate", "rest", "api",
            "oracle", "developer", "python", "django", "sql"));

    @Test
    void readsASkillsSectionAsASkillListUntilTheNextHeading() {
        ResumeReader.ReadResume resume = reader.read("""
                Ravi Kumar
                Java Developer
                TECHNICAL SKILLS
                Languages: Java, SQL
                Frameworks: Spring, Hibernate
                Work Experience
                Built REST services for a bank.
                """);

        assertThat(resume.header()).isEqualTo("Ravi Kumar\nJava Developer");
        assertThat(resume.skills()).isEqualTo("Java, SQL\nSpring, Hibernate");
        assertThat(resume.prose()).isEqualTo("Built REST services for a bank.");
    }

    @Test
    void readsSkillLinesWithTheirDurationAnywhere() {
        ResumeReader.ReadResume resume = reader.read("Skill Details \r\nJAVA- Exprience - 24 months\r\n"
                + "Spring- Experience - Less than 1 year months\r\nCompany Details \r\ncompany - Acme\r\n"
                + "Oracle - Experience - 6 months\r\n");

        assertThat(resume.skills()).isEqualTo("JAVA- Exprience - 24 months\nSpring- Experience - Less than 1 year months"
                + "\nOracle - Experience - 6 months");
        assertThat(resume.prose()).isEqualTo("company - Acme");
    }

    @Test
    void readsAProjectsEnvironmentLineAsSkillsAndGoesOnWithItsSection() {
        ResumeReader.ReadResume resume = reader.read("""
                PROJECTS
                Loan origination portal
                Environment: Java 8, Spring MVC, Oracle
                Wrote the scoring service.
                """);

        assertThat(resume.skills()).isEqualTo("Java 8, Spring MVC, Oracle");
        assertThat(resume.prose()).isEqualTo("Loan origination portal\nWrote the scoring service.");
    }

    @Test
    void leavesPersonalSectionsOut() {
        ResumeReader.ReadResume resume = reader.read("""
                Summary: Python developer.
                PERSONAL DETAILS
                Father's name: Mr. R. Sharma
                Languages known: Hindi, English
                Marital status: single
                Declaration
                I hereby declare that the above is true.
                Hobbies: chess, cricket
                EDUCATION
                B.Tech, 2019
                """);

        assertThat(resume.prose()).isEqualTo("Python developer.\nB.Tech, 2019");
        assertThat(resume.skills()).isEmpty();
    }

    @Test
    void startsALineAtTheSectionsAnAtsExportRunsTogether() {
        ResumeReader.ReadResume resume = reader.read("Skills * Python * Django * SQL Education Details B.E. 2016 "
                + "Company Details company - Acme description - Python developer");

        assertThat(resume.skills()).isEqualTo("Python * Django * SQL");
        assertThat(resume.prose()).isEqualTo("B.E. 2016\ncompany - Acme description - Python developer");
    }

    @Test
    void repairsEncodingAndSplitsGluedWordsBeforeReadingSections() {
        ResumeReader.ReadResume resume = reader.read("SUMMARYJava developer\nTECHNICALSKILLSJava, SpringMVC, RestApi\n"
                + "EXPERIENCEâ€¢ Built the payments API");

        assertThat(resume.prose()).isEqualTo("Java developer\nBuilt the payments API");
        assertThat(resume.skills()).isEqualTo("Java, Spring MVC, Rest Api");
    }

    @Test
    void readsASentenceInASkillsSectionAsProse() {
        ResumeReader.ReadResume resume = reader.read("""
                Skills
                Java, Spring, Hibernate
                I have been building payment services in Java for six years
                """);

        assertThat(resume.skills()).isEqualTo("Java, Spring, Hibernate");
        assertThat(resume.prose()).isEqualTo("I have been building payment services in Java for six years");
    }

    @Test
    void theHeaderIsTheFirstShortLinesBeforeAnyHeading() {
        ResumeReader.ReadResume resume = reader.read("""
                Ana Souza
                Senior Python Developer | São Paulo
                Remote only
                Open to relocation
                I build payment APIs in Python and Django for banks and marketplaces across Latin America.
                """);

        assertThat(resume.header()).isEqualTo("Ana Souza\nSenior Python Developer | São Paulo\nRemote only");
        assertThat(resume.prose()).startsWith("Open to relocation\nI build payment APIs");

        assertThat(reader.read("I build payment APIs in Python and Django for banks and marketplaces in Brazil.\n"
                + "Python Developer").header()).as("a long first line ends the header").isEmpty();
    }

    @Test
    void readsNothingFromNothing() {
        for (String nothing : new String[] {"", " \n\r\n "}) {
            assertThat(reader.read(nothing).prose()).isEmpty();
            assertThat(reader.read(nothing).skills()).isEmpty();
        }
    }
}
