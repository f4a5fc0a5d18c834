package io.recruitflow.ingest.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class RateLimitFilterTest {

    @Test
    void namesTheWebhookSourceOrTheCallersAddress() {
        assertThat(RateLimitFilter.sourceOf(request("/webhooks/greenhouse"))).isEqualTo("webhook:greenhouse");
        assertThat(RateLimitFilter.sourceOf(request("/webhooks/greenhouse/extra"))).isEqualTo("webhook:greenhouse");
        assertThat(RateLimitFilter.sourceOf(request("/api/v1/candidates"))).isEqualTo("client:10.1.2.3");
        assertThat(RateLimitFilter.sourceOf(request("/api/v1/candidates:batch"))).isEqualTo("client:10.1.2.3");
        assertThat(RateLimitFilter.sourceOf(request("/api/v1/candidates/greenhouse:1"))).isEqualTo("client:10.1.2.3");
        assertThat(RateLimitFilter.sourceOf(request("/api/v1/candidatesX"))).isNull();
        assertThat(RateLimitFilter.sourceOf(request("/actuator/health"))).isNull();
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
