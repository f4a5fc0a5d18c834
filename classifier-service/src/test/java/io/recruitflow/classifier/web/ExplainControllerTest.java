package io.recruitflow.classifier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.recruitflow.classifier.rolemodel.RoleModel;
import io.recruitflow.classifier.rollout.CurrentClassifier;
import io.recruitflow.contracts.candidate.Fixtures;
import io.recruitflow.kit.ClockAutoConfiguration;
import io.recruitflow.kit.security.ServiceSecurityAutoConfiguration;
import io.recruitflow.kit.testing.LoopbackJwtIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The explain endpoint with the real intake and classifier, and no Kafka in the context at all. */
@WebMvcTest(ExplainController.class)
@Import({IntakeConfiguration.class, ExplainControllerTest.RealClassifier.class, ClassifierEndpoints.class})
@ImportAutoConfiguration({ServiceSecurityAutoConfiguration.class, ClockAutoConfiguration.class})
@TestPropertySource(properties = "pipeline.security.api-keys=" + ExplainControllerTest.API_KEY)
class ExplainControllerTest {

    static final String API_KEY = "recruiter-tool-key";
    private static final LoopbackJwtIssuer ISSUER = new LoopbackJwtIssuer();
    private static final LoopbackJwtIssuer STRANGER = new LoopbackJwtIssuer();

    @TestConfiguration
    static class RealClassifier {
        @Bean
        CurrentClassifier classifier() {
            return new CurrentClassifier(RoleModel.standard());
        }

        /** What spring.security.oauth2.resourceserver.jwt.* configures: tokens of one issuer are accepted. */
        @Bean
        JwtDecoder jwtDecoder() {
            return NimbusJwtDecoder.withJwkSetUri(ISSUER.jwkSetUri()).build();
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void explainsTheVerdictWithEvidenceAndTheModelVersion() throws Exception {
        mvc.perform(classify().contentType(MediaType.APPLICATION_JSON).content(Fixtures.candidate("engineer")))
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
        mvc.perform(classify().contentType(MediaType.APPLICATION_JSON)
                        .content("{\"source\":\"greenhouse\",\"eventId\":\"e\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("externalId"));
    }

    @Test
    void refusesOtherContentTypesWithProblemJson() throws Exception {
        mvc.perform(classify().contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void refusesACallerWithoutAValidApiKeyOrToken() throws Exception {
        mvc.perform(post("/api/v1/classify").contentType(MediaType.APPLICATION_JSON).content(Fixtures.candidate("engineer")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("no credentials"));
        mvc.perform(post("/api/v1/classify").header("X-Api-Key", "guessed").contentType(MediaType.APPLICATION_JSON)
                        .content(Fixtures.candidate("engineer")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("API key not recognised"));
        mvc.perform(post("/api/v1/classify").header("Authorization", "Bearer " + STRANGER.token("recruiter-42", "classifier"))
                        .contentType(MediaType.APPLICATION_JSON).content(Fixtures.candidate("engineer")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void acceptsAnOAuth2TokenFromTheConfiguredIssuer() throws Exception {
        mvc.perform(post("/api/v1/classify").header("Authorization", "Bearer " + ISSUER.token("recruiter-42", "classifier"))
                        .contentType(MediaType.APPLICATION_JSON).content(Fixtures.candidate("engineer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("BACKEND_ENGINEER"));
    }

    private static MockHttpServletRequestBuilder classify() {
        return post("/api/v1/classify").header("X-Api-Key", API_KEY);
    }

    private String explain() throws Exception {
        return mvc.perform(classify().contentType(MediaType.APPLICATION_JSON)
                        .content(Fixtures.candidate("engineer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
