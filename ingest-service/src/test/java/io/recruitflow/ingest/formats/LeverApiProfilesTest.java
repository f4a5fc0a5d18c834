package io.recruitflow.ingest.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.contracts.candidate.CandidateSubmission.EducationEntry;
import io.recruitflow.contracts.candidate.CandidateSubmission.SkillEntry;
import io.recruitflow.contracts.candidate.CandidateSubmission.Work;
import io.recruitflow.contracts.candidate.CandidateSubmission;
import io.recruitflow.ingest.lever.LeverApiProfiles;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

import static io.recruitflow.ingest.formats.FormatFixtures.JSON;
import static io.recruitflow.ingest.formats.FormatFixtures.assertNoContactDetails;
import static io.recruitflow.ingest.formats.FormatFixtures.fixture;
import static io.recruitflow.ingest.formats.FormatFixtures.upsert;
import static io.recruitflow.ingest.formats.FormatFixtures.validateAndNormalise;
import static io.recruitflow.ingest.formats.FormatFixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link LeverApiProfiles} (its RestClient and {@link LeverProfileReader}'s mapping) against a real HTTP
 * server on 127.0.0.1 and a random port, playing Lever's API.
 */
class LeverApiProfilesTest {

    private static final String OPPORTUNITY = "250d8f03-738a-4bba-a671-8a3d73477145";
    private static final String API_KEY = "test-lever-key";

    private HttpServer server;
    private URI baseUrl;
    /** Path -> status and body the fake Lever answers; unknown paths answer 404. */
    private final Map<String, Response> routes = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final CountDownLatch releaseSlowAnswers = new CountDownLatch(1);

    private record Response(int status, byte[] body, boolean slow) {
    }

    @BeforeEach
    void startFakeLever() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/", this::answer);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        baseUrl = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    @AfterEach
    void stopFakeLever() {
        releaseSlowAnswers.countDown();
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(path);
        authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
        Response response = routes.getOrDefault(path, new Response(404, "{\"code\":\"ResourceNotFound\"}".getBytes(), false));
        if (response.slow()) {
            try {
                releaseSlowAnswers.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response.body());
        } catch (IOException clientGone) {
            // the client gave up waiting (the timeout test)
        }
        exchange.close();
    }

    private void leverKnowsTheOpportunity() {
        routes.put("/v1/opportunities/" + OPPORTUNITY, new Response(200, fixture("lever", "opportunity"), false));
        routes.put("/v1/opportunities/" + OPPORTUNITY + "/resumes", new Response(200, fixture("lever", "resumes"), false));
    }

    private LeverApiProfiles profiles(Duration timeout) {
        return LeverApiProfiles.withApiKey(RestClient.builder(), baseUrl, API_KEY, timeout, JSON);
    }

    @Test
    void mapsTheOpportunityAndItsParsedResume() {
        leverKnowsTheOpportunity();

        CandidateSubmission profile = profiles(Duration.ofSeconds(5)).fetch(OPPORTUNITY).orElseThrow();

        assertThat(profile.basics().name()).isEqualTo("Grace Canaryfield");
        assertThat(profile.basics().label()).isEqualTo("Backend Developer - REST APIs and PostgreSQL");
        assertThat(profile.skills()).extracting(SkillEntry::name).containsExactly("Node.js", "PostgreSQL");
        assertThat(profile.work()).containsExactly(
                new Work("Contoso Shop", "Backend Developer",
                        "2019-04", null, "Built REST APIs in Node.js and Express; wrote SQL queries and integrated payment providers.", null),
                new Work("Fabrikam", "Junior Web Developer", "2016-09", "2019-03", "PHP and MySQL maintenance for client websites.", null));
        assertThat(profile.education()).containsExactly(
                new EducationEntry("Springfield Community College", "Software Development", "Associate Degree", "2016"));
        assertThat(requests).containsExactly("/v1/opportunities/" + OPPORTUNITY, "/v1/opportunities/" + OPPORTUNITY + "/resumes");
    }

    @Test
    void authenticatesWithTheApiKeyAsBasicUserOrWithABearerToken() {
        leverKnowsTheOpportunity();

        profiles(Duration.ofSeconds(5)).fetch(OPPORTUNITY);
        LeverApiProfiles.withBearerToken(RestClient.builder(), baseUrl, "oauth-token", Duration.ofSeconds(5), JSON)
                .fetch(OPPORTUNITY);

        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString((API_KEY + ":").getBytes(StandardCharsets.UTF_8));
        assertThat(authorizations).containsExactly(basic, basic, "Bearer oauth-token", "Bearer oauth-token");
    }

    @Test
    void everyCallIsAnObservedHttpClientRequest() {
        leverKnowsTheOpportunity();
        List<String> observed = new CopyOnWriteArrayList<>();
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }

            @Override
            public void onStop(Observation.Context context) {
                observed.add(context.getName());
            }
        });

        LeverApiProfiles.withApiKey(RestClient.builder().observationRegistry(registry), baseUrl, API_KEY,
                Duration.ofSeconds(5), JSON).fetch(OPPORTUNITY);

        assertThat(observed).containsExactly("http.client.requests", "http.client.requests");
    }

    @Test
    void dropsContactDetailsAndNonSkillTags() {
        leverKnowsTheOpportunity();

        CandidateSubmission profile = profiles(Duration.ofSeconds(5)).fetch(OPPORTUNITY).orElseThrow();

        assertNoContactDetails(profile);
        assertThat(profile.toString()).doesNotContain("Referral", "hire.lever.co", "download");
    }

    @Test
    void aWebhookBecomesAValidProfileThroughTheHttpHook() {
        leverKnowsTheOpportunity();
        LeverFormat format = new LeverFormat(JSON, profiles(Duration.ofSeconds(5)));

        CandidateSubmission candidate = upsert(format.read(fixture("lever", "candidate_stage_change"), Map.of()));
        CandidateProfile profile = validateAndNormalise(candidate);

        assertThat(profile.getCandidateKey()).isEqualTo("lever:" + OPPORTUNITY);
        assertThat(profile.getSkills()).extracting(s -> s.getName()).containsExactly("nodejs", "postgresql");
        assertThat(profile.getYearsOfExperience()).isGreaterThan(9.0);
        assertNoContactDetails(candidate, profile);
    }

    @Test
    void anUnknownOpportunityIsEmptyAndTheWebhookIsInvalidInput() {
        assertThat(profiles(Duration.ofSeconds(5)).fetch(OPPORTUNITY)).isEmpty();

        LeverFormat format = new LeverFormat(JSON, profiles(Duration.ofSeconds(5)));
        assertThat(violations(() -> format.read(fixture("lever", "candidate_stage_change"), Map.of())))
                .singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("data.opportunityId"));
    }

    @Test
    void anOpportunityWithoutResumesHasNoWorkHistory() {
        routes.put("/v1/opportunities/" + OPPORTUNITY, new Response(200, fixture("lever", "opportunity"), false));

        Optional<CandidateSubmission> profile = profiles(Duration.ofSeconds(5)).fetch(OPPORTUNITY);

        assertThat(profile).hasValueSatisfying(p -> assertThat(p.work()).isEmpty());
    }

    @Test
    void aServerErrorIsARetryableFetchFailure() {
        routes.put("/v1/opportunities/" + OPPORTUNITY, new Response(503, "{\"code\":\"ServiceUnavailable\"}".getBytes(), false));

        assertThatThrownBy(() -> profiles(Duration.ofSeconds(5)).fetch(OPPORTUNITY))
                .isInstanceOf(ProfileFetchFailedException.class).hasMessageContaining("503");
    }

    @Test
    void aSlowLeverIsAFetchFailureAfterTheTimeout() {
        routes.put("/v1/opportunities/" + OPPORTUNITY, new Response(200, fixture("lever", "opportunity"), true));

        assertThatThrownBy(() -> profiles(Duration.ofMillis(300)).fetch(OPPORTUNITY))
                .isInstanceOf(ProfileFetchFailedException.class).hasMessageContaining("did not answer");
    }

    @Test
    void aBodyThatIsNotJsonIsAFetchFailure() {
        routes.put("/v1/opportunities/" + OPPORTUNITY, new Response(200, "<html>login</html>".getBytes(), false));

        assertThatThrownBy(() -> profiles(Duration.ofSeconds(5)).fetch(OPPORTUNITY))
                .isInstanceOf(ProfileFetchFailedException.class).hasMessageNotContaining("login");
    }

    @Test
    void anOpportunityWithoutDataIsAFetchFailureWithoutAskingForResumes() {
        routes.put("/v1/opportunities/" + OPPORTUNITY, new Response(200, "{\"data\":[]}".getBytes(), false));

        assertThatThrownBy(() -> profiles(Duration.ofSeconds(5)).fetch(OPPORTUNITY))
                .isInstanceOf(ProfileFetchFailedException.class).hasMessageContaining("without a data object");
        assertThat(requests).containsExactly("/v1/opportunities/" + OPPORTUNITY);
    }

    @Test
    void anIdThatIsNotAPlainLeverIdIsNeverSent() {
        assertThat(profiles(Duration.ofSeconds(5)).fetch("../users?x=1")).isEmpty();
        assertThat(requests).isEmpty();
    }
}
