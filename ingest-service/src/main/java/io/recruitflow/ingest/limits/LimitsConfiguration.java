package io.recruitflow.ingest.limits;

import io.recruitflow.kit.security.ServiceSecurityProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts the limits in front of Spring MVC: the rate limit first (the cheapest check, and a flood of
 * oversized requests counts against its source too), then the body size. Both run after Boot's
 * observation filter, so refused requests still show in the HTTP metrics, and long before anything
 * that reads a body (Spring's form filter, the DispatcherServlet).
 */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

    /** Rate-limit buckets kept at most; see {@link RateLimiter} for what happens beyond. */
    static final int MAX_TRACKED_SOURCES = 10_000;
    static final int RATE_LIMIT_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;
    static final int BODY_SIZE_ORDER = RATE_LIMIT_ORDER + 1;

    private static final Logger log = LoggerFactory.getLogger(LimitsConfiguration.class);

    @Bean
    LimitProblems limitProblems(JsonMapper json) {
        return new LimitProblems(json);
    }

    @Bean
    RateLimiter rateLimiter(IngestLimits limits) {
        log.info("Limits: {} requests/s per source (burst {}), bodies up to {} bytes ({} for batches)",
                limits.requestsPerSecond(), limits.burst(), limits.maxBody().toBytes(), limits.maxBatchBody().toBytes());
        return new RateLimiter(limits.requestsPerSecond(), limits.burst(), MAX_TRACKED_SOURCES, System::nanoTime);
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimiter limiter, LimitProblems problems,
                                                            ServiceSecurityProperties security) {
        ApiKeyBuckets apiKeys = new ApiKeyBuckets(security.apiKeyHeader(), security.apiKeys());
        FilterRegistrationBean<RateLimitFilter> registration =
                new FilterRegistrationBean<>(new RateLimitFilter(limiter, problems, apiKeys));
        registration.setOrder(RATE_LIMIT_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(IngestLimits limits, LimitProblems problems) {
        FilterRegistrationBean<BodySizeLimitFilter> registration =
                new FilterRegistrationBean<>(new BodySizeLimitFilter(limits, problems));
        registration.setOrder(BODY_SIZE_ORDER);
        return registration;
    }
}
