package io.recruitflow.classifier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.recruitflow.classifier.rolemodel.RoleModel;
import io.recruitflow.classifier.rollout.CurrentClassifier;
import io.recruitflow.contracts.candidate.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The explain endpoint with the real intake and classifier, and no Kafka in the context at all. */
@WebMvcTest(ExplainController.class)
@Import({IntakeConfiguration.class, ExplainControllerTest.RealClassifier.class})
class ExplainControllerTest {

    @TestConfiguration
    static class RealClassifier {
        @Bean
        CurrentClassifier classifier() {
            return new CurrentClassifier(RoleModel.standard());
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void explainsTheVerdictWithEvidenceAndTheModelVersion() throws Exception {
        mvc.perform(post("/api/v1/classify").contentType(MediaType.APPLICATION_JSON).content(Fixtures.candidate("engineer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.candidateKey").value("greenhouse:4711"))
                .andExpect(jsonPath("$.role").value("BACKEND_ENGINEER"))
                .andExpect(jsonPath("$.scores[0].role").value("BACKEND_ENGINEER"))
                .andExpect(jsonPath("$.scores[1].role").value("BACKEND_DEVELOPER"))
                .andExpect(jsonPath("$.evidence[0].field").isNotEmpty())
                .andExpect(jsonPath("$.evidence[0].articleSection").isNotEmpty())
                .andExpect(jsonPath("$.evidence[0].weight").isNumber())
                .andExpect(jsonPath("$.modelVersion").value(RoleModel.standard().version()));
    }

    @Test
    void answersTheSameBytesForTheSameCandidate() throws Exception {
        String first = explain();
        String second = explain();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void refusesAnInvalidCandidateWithProblemJsonNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/classify").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"source\":\"greenhouse\",\"eventId\":\"e\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("externalId"));
    }

    @Test
    void refusesOtherContentTypesWithProblemJson() throws Exception {
        mvc.perform(post("/api/v1/classify").contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private String explain() throws Exception {
        return mvc.perform(post("/api/v1/classify").contentType(MediaType.APPLICATION_JSON)
                        .content(Fixtures.candidate("engineer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
