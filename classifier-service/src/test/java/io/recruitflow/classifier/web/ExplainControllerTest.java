package io.recruitflow.classifier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.recruitflow.classifier.rolemodel.RoleModel;
import io.recruitflow.classifier.rollout.CurrentClassifier;
import io.recruitflow.contracts.candidate.Fixtures;
import io.recruitflow.kit.ClockAutoConfiguration;
import io.recruitflow.kit.security.ServiceSecurityAutoConfiguration;
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
    private static final KeyPair ISSUER = rsaKeys();

    @TestConfiguration
    static class RealClassifier {
        @Bean
        CurrentClassifier classifier() {
            return new CurrentClassifier(RoleModel.standard());
        }

        /** What spring.security.oauth2.resourceserver.jwt.* configures: tokens of one issuer are accepted. */
        @Bean
        JwtDecoder jwtDecoder() {
            return NimbusJwtDecoder.withPublicKey((RSAPublicKey) ISSUER.getPublic()).build();
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
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/classify").header("X-Api-Key", "guessed").contentType(MediaType.APPLICATION_JSON)
                        .content(Fixtures.candidate("engineer")))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/classify").header("Authorization", "Bearer " + token(rsaKeys()))
                        .contentType(MediaType.APPLICATION_JSON).content(Fixtures.candidate("engineer")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void acceptsAnOAuth2TokenFromTheConfiguredIssuer() throws Exception {
        mvc.perform(post("/api/v1/classify").header("Authorization", "Bearer " + token(ISSUER))
                        .contentType(MediaType.APPLICATION_JSON).content(Fixtures.candidate("engineer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("BACKEND_ENGINEER"));
    }

    private static MockHttpServletRequestBuilder classify() {
        return post("/api/v1/classify").header("X-Api-Key", API_KEY);
    }

    private static String token(KeyPair signer) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder()
                .subject("recruiter-42").issuer("https://login.example.com")
                .expirationTime(Date.from(Instant.now().plusSeconds(300))).build());
        jwt.sign(new RSASSASigner(signer.getPrivate()));
        return jwt.serialize();
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String explain() throws Exception {
        return mvc.perform(classify().contentType(MediaType.APPLICATION_JSON)
                        .content(Fixtures.candidate("engineer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
