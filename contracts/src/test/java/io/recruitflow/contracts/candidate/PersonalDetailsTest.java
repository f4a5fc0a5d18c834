package io.recruitflow.contracts.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDetailsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Name: Dewi Lestari", "FULL NAME - Dewi Lestari", "Date of birth: 1988-08-17", "DOB: 17/08/1988",
            "Age : 37", "Gender: female", "Pronouns: she/her", "Nationality: Indonesian", "Citizenship\tIndonesian",
            "Location: Yogyakarta, Central Java", "• Address: Jl. Malioboro 52", "Marital status: married",
            "Photo: https://photos.example.org/id/37.jpg", "Place of birth – Yogyakarta"})
    void removesALabelledPersonalDetailsLine(String line) {
        assertThat(PersonalDetails.strip(line + "\nBuilt REST APIs in Java")).isEqualTo("Built REST APIs in Java");
    }

    @Test
    void keepsTheWorkHistory() {
        String resume = """
                EXPERIENCE
                Backend Engineer - Acme (2019-2024)
                • Designed the storage layer; ages of records kept in Postgres
                Skills: Java, Kafka
                Location of services: eu-west-1
                Location-based services and address-space layout work
                Age-verification API for the sign-up flow
                """;

        assertThat(PersonalDetails.strip(resume)).isEqualTo(resume);
    }

    @Test
    void keepsNull() {
        assertThat(PersonalDetails.strip(null)).isNull();
    }
}
