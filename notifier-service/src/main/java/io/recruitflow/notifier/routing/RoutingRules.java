package io.recruitflow.notifier.routing;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.recruitflow.contracts.crypto.Digests;

/**
 * The validated, immutable routing rules: per sourcing platform a base score and scoring rules,
 * plus the review policy. The rules are data derived from the seed article, not code, so that
 * recruiters can tune them with an override file; every routing names the exact rules it used
 * through {@link #version()}, which includes a hash of the file's bytes.
 */
public final class RoutingRules {

    static final String STANDARD_RESOURCE = "/routing/routing-rules.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            // a misspelt key in an override file must fail, not be silently ignored
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final String version;
    private final ReviewPolicy review;
    private final List<PlatformRules> platforms;

    private RoutingRules(String version, ReviewPolicy review, List<PlatformRules> platforms) {
        this.version = version;
        this.review = review;
        this.platforms = platforms;
    }

    /** The rules shipped with the service. */
    public static RoutingRules standard() {
        try (InputStream in = RoutingRules.class.getResourceAsStream(STANDARD_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Routing rules resource " + STANDARD_RESOURCE + " is missing");
            }
            return parse(in.readAllBytes(), "classpath:" + STANDARD_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read routing rules " + STANDARD_RESOURCE, e);
        }
    }

    /** Reads and validates rules from a stream; the caller closes it. */
    public static RoutingRules load(InputStream in) {
        try {
            return parse(in.readAllBytes(), "(stream)");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read routing rules", e);
        }
    }

    /** Reads and validates an override rules file. */
    public static RoutingRules load(Path file) {
        try {
            return parse(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read routing rules " + file, e);
        }
    }

    private static RoutingRules parse(byte[] bytes, String source) {
        RulesValidator validator = new RulesValidator(source);
        RulesFile file;
        try {
            file = JSON.readValue(bytes, RulesFile.class);
        } catch (JacksonException e) {
            throw validator.fail("not a valid rules document: " + e.getOriginalMessage());
        }
        if (file == null) {
            throw validator.fail("is empty");
        }
        String name = validator.required(file.name(), "name");
        if (file.version() == null || file.version() < 1) {
            throw validator.fail("version must be a positive integer, was " + file.version());
        }
        ReviewPolicy review = validator.review(file.review());
        List<PlatformRules> platforms = validator.platforms(file.platforms());
        String version = name + "@" + file.version() + "+sha256:" + sha256Prefix(bytes);
        return new RoutingRules(version, review, platforms);
    }

    private static String sha256Prefix(byte[] bytes) {
        return Digests.sha256Hex(bytes).substring(0, 12);
    }

    /** Name, version and content hash, e.g. {@code routing-rules@1+sha256:0123456789ab}. */
    public String version() {
        return version;
    }

    /** The threshold the rules file suggests; a {@link Router} may be given another one. */
    public double defaultReviewThreshold() {
        return review.confidenceThreshold();
    }

    ReviewPolicy review() {
        return review;
    }

    /** One entry per {@link io.recruitflow.avro.SourcingPlatform}, in enum order. */
    List<PlatformRules> platforms() {
        return platforms;
    }
}
