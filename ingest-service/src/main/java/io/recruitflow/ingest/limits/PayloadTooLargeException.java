package io.recruitflow.ingest.limits;

/**
 * A request body turned out larger than its limit while it was being read. Unchecked on purpose:
 * Spring MVC turns an {@code IOException} from the body into a {@code 400}, while this one reaches
 * {@link PayloadTooLargeAdvice} (or, outside MVC, {@link BodySizeLimitFilter}) and becomes a {@code 413}.
 */
public class PayloadTooLargeException extends RuntimeException {

    private final long limitBytes;

    public PayloadTooLargeException(long limitBytes) {
        super("The request body is larger than the limit of " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
