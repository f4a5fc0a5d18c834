package io.recruitflow.ingest.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class RateLimitFilterTest {

    private final RateLimitFilter filter = new RateLimitFilter(null, null,
            new ApiKeyBuckets("X-Api-Key", List.of("key-one", "key-two")));

    @Test
    void namesTheWebhookSourceOrTheCallersAddress() {
        assertThat(filter.sourceOf(request("/webhooks/greenhouse"))).isEqualTo("webhook:greenhouse");
        assertThat(filter.sourceOf(request("/webhooks/greenhouse/extra"))).isEqualTo("webhook:greenhouse");
        assertThat(filter.sourceOf(request("/api/v1/candidates"))).isEqualTo("client:10.1.2.3");
        assertThat(filter.sourceOf(request("/api/v1/candidates:batch"))).isEqualTo("client:10.1.2.3");
        assertThat(filter.sourceOf(request("/api/v1/candidates/greenhouse:1"))).isEqualTo("client:10.1.2.3");
        assertThat(filter.sourceOf(request("/api/v1/candidatesX"))).isNull();
        assertThat(filter.sourceOf(request("/actuator/health"))).isNull();
    }

    @Test
    void givesEachConfiguredApiKeyItsOwnBucketAndUnknownKeysNone() {
        MockHttpServletRequest one = request("/api/v1/candidates");
        one.addHeader("X-Api-Key", "key-one");
        MockHttpServletRequest two = request("/api/v1/candidates:batch");
        two.addHeader("X-Api-Key", "key-two");
        MockHttpServletRequest invented = request("/api/v1/candidates");
        invented.addHeader("X-Api-Key", "made-up");

        assertThat(filter.sourceOf(one)).startsWith("api-key:").doesNotContain("key-one");
        assertThat(filter.sourceOf(two)).startsWith("api-key:").isNotEqualTo(filter.sourceOf(one));
        assertThat(filter.sourceOf(invented)).isEqualTo("client:10.1.2.3");
    }

    @Test
    void roundsRetryAfterUpToWholeSeconds() {
        assertThat(RateLimitFilter.retryAfterSeconds(1)).isEqualTo(1);
        assertThat(RateLimitFilter.retryAfterSeconds(1_000_000_000L)).isEqualTo(1);
        assertThat(RateLimitFilter.retryAfterSeconds(1_000_000_001L)).isEqualTo(2);
    }

    private static MockHttpServletRequest request(String uri) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
        request.setRemoteAddr("10.1.2.3");
        return request;
    }
}
