package io.recruitflow.kit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

import io.recruitflow.contracts.webhooks.StandardWebhooks;
import io.recruitflow.kit.testing.LoopbackJwtIssuer;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one security chain every service's HTTP API gets, run as Spring Security runs it (the
 * {@code springSecurityFilterChain} of a web application context built from the auto-configurations)
 * in front of a servlet that echoes the body it reads: API keys, Standard Webhooks signatures and
 * OAuth2 JWTs (from a JWKS served on loopback, audience checked), each refusal a problem naming why.
 */
class ServiceSecurityChainTest {

    private static final String API_KEY = "kit-test-key-5d1e";
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final Instant NOW = Instant.parse("2026-12-08T10:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static LoopbackJwtIssuer issuer;

    private final WebApplicationContextRunner service = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ServiceSecurityAutoConfiguration.class,
                    SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
                    UserDetailsServiceAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class))
            .withBean(SecuredPaths.class, () -> new SecuredPaths(List.of("/api/**"), List.of("/webhooks/**")))
            .withBean(Clock.class, () -> Clock.fixed(NOW, ZoneOffset.UTC))
            .withPropertyValues("pipeline.security.api-keys=" + API_KEY, "pipeline.security.webhook-secrets=" + SECRET);

    @BeforeAll
    static void startIssuer() {
        issuer = new LoopbackJwtIssuer();
    }

    @AfterAll
    static void stopIssuer() {
        issuer.close();
    }

    @Test
    void anApiKeyOpensTheApiAndAWrongOneIsNamed() {
        service.run(context -> {
            MockHttpServletResponse accepted = call(context, post("/api/v1/things", "{}", "X-Api-Key", API_KEY));
            MockHttpServletResponse wrong = call(context, post("/api/v1/things", "{}", "X-Api-Key", "guess"));
            MockHttpServletResponse none = call(context, post("/api/v1/things", "{}"));

            assertThat(accepted.getStatus()).isEqualTo(200);
            assertThat(accepted.getContentAsString()).isEqualTo("echo:{}");
            assertProblem(wrong, 401, "API key not recognised");
            assertProblem(none, 401, "no credentials");
        });
    }

    @Test
    void aStandardWebhooksSignatureOpensTheApiAndTheBodyIsReadAgain() {
        String body = "{\"source\":\"inhouse\",\"externalId\":\"c-1\"}";
        long now = NOW.getEpochSecond();
        service.run(context -> {
            MockHttpServletResponse signed = call(context, signed(body, "msg_1", now, SECRET));
            MockHttpServletResponse tampered = call(context, post("/api/v1/things", body + " ", "webhook-id", "msg_1",
                    "webhook-timestamp", Long.toString(now), "webhook-signature",
                    StandardWebhooks.sign(SECRET, "msg_1", now, body.getBytes(StandardCharsets.UTF_8))));
            MockHttpServletResponse stale = call(context, signed(body, "msg_2", now - 3600, SECRET));
            MockHttpServletResponse otherSecret = call(context, signed(body, "msg_3", now,
                    "whsec_" + Base64.getEncoder().encodeToString("another key".getBytes())));
            MockHttpServletResponse unsignedHeader = call(context, post("/api/v1/things", body, "webhook-id", "msg_4"));

            assertThat(signed.getStatus()).isEqualTo(200);
            assertThat(signed.getContentAsString()).isEqualTo("echo:" + body);
            assertProblem(tampered, 401, "signature does not match");
            assertProblem(stale, 401, "webhook-timestamp outside the 5-minute tolerance");
            assertProblem(otherSecret, 401, "signature does not match");
            assertProblem(unsignedHeader, 401, "missing webhook-timestamp header");
        });
    }

    @Test
    void aSignedBodyOverTheLimitIsRefusedUnread() {
        String body = "x".repeat(2048);
        service.withPropertyValues("pipeline.security.webhook-max-body=1KB").run(context ->
                assertProblem(call(context, signed(body, "msg_1", NOW.getEpochSecond(), SECRET)), 413,
                        "The request body is larger than the limit of 1024 bytes"));
    }

    @Test
    void withoutSecretsASignatureIsRefusedWithThatReason() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ServiceSecurityAutoConfiguration.class))
                .withBean(SecuredPaths.class, () -> new SecuredPaths(List.of("/api/**"), List.of()))
                .run(context -> assertProblem(call(context, signed("{}", "msg_1", Instant.now().getEpochSecond(), SECRET)),
                        401, "Standard Webhooks signatures are not accepted: no secret is configured"));
    }

    @Test
    void aJwtOfTheConfiguredAudienceOpensTheApiAndAnotherAudienceDoesNot() {
        service.withPropertyValues(
                        "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + issuer.jwkSetUri(),
                        "spring.security.oauth2.resourceserver.jwt.audiences=recruitflow-ingest")
                .run(context -> {
                    MockHttpServletResponse ours = call(context, post("/api/v1/things", "{}",
                            "Authorization", "Bearer " + issuer.token("ats-client", "recruitflow-ingest")));
                    MockHttpServletResponse theirs = call(context, post("/api/v1/things", "{}",
                            "Authorization", "Bearer " + issuer.token("ats-client", "someone-else")));
                    MockHttpServletResponse apiKey = call(context, post("/api/v1/things", "{}", "X-Api-Key", API_KEY));

                    assertThat(ours.getStatus()).isEqualTo(200);
                    assertThat(theirs.getStatus()).isEqualTo(401);
                    assertThat(theirs.getHeader("WWW-Authenticate")).startsWith("Bearer");
                    assertThat(json(theirs).get("detail").asString()).startsWith("bearer token not accepted: ")
                            .contains("aud");
                    assertThat(apiKey.getStatus()).isEqualTo(200);
                });
    }

    @Test
    void switchedOffTheApiIsOpenButTheActuatorIsNot() {
        service.withPropertyValues("pipeline.security.authentication-required=false").run(context -> {
            assertThat(call(context, post("/api/v1/things", "{}")).getStatus()).isEqualTo(200);
            MockHttpServletResponse actuator = call(context, get("/actuator/metrics"));
            assertThat(actuator.getStatus()).isEqualTo(401);
            assertThat(actuator.getHeader("WWW-Authenticate")).startsWith("Basic");
        });
    }

    @Test
    void selfAuthenticatedPathsAreLeftToTheirControllersAndTheRestIsDenied() {
        service.run(context -> {
            MockHttpServletResponse webhook = call(context, post("/webhooks/greenhouse", "{}", "webhook-id", "msg_1"));
            assertThat(webhook.getStatus()).isEqualTo(200);
            assertThat(webhook.getContentAsString()).isEqualTo("echo:{}");
            MockHttpServletRequest elsewhere = get("/elsewhere");
            elsewhere.addHeader("X-Api-Key", API_KEY);
            assertThat(call(context, elsewhere).getStatus()).isEqualTo(403);
        });
    }

    private static MockHttpServletRequest signed(String body, String id, long timestamp, String secret) {
        return post("/api/v1/things", body, "webhook-id", id, "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", StandardWebhooks.sign(secret, id, timestamp, body.getBytes(StandardCharsets.UTF_8)));
    }

    private static MockHttpServletRequest post(String path, String body, String... headers) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        request.setContentType("application/json");
        for (int i = 0; i < headers.length; i += 2) {
            request.addHeader(headers[i], headers[i + 1]);
        }
        return request;
    }

    private static MockHttpServletRequest get(String path) {
        return new MockHttpServletRequest("GET", path);
    }

    /** The request through the service's security filter chain to a servlet that echoes the body it reads. */
    private static MockHttpServletResponse call(WebApplicationContext context, MockHttpServletRequest request)
            throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        Filter security = context.getBean("springSecurityFilterChain", Filter.class);
        security.doFilter(request, response, new MockFilterChain(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest in, HttpServletResponse out) throws IOException {
                out.getWriter().write("echo:" + new String(in.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
        }));
        return response;
    }

    private static void assertProblem(MockHttpServletResponse response, int status, String detail) throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).isEqualTo(detail);
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/things");
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsByteArray());
    }
}
