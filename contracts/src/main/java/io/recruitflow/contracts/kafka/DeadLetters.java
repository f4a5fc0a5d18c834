package io.recruitflow.contracts.kafka;

/**
 * The dead-letter contract: a record a consumer cannot process goes to {@code <its topic>-dlt}, same
 * partition, same key, the value as it was read (the original bytes when it could not even be
 * deserialized), its original headers, and these reasons: {@value #REASON} (one readable line)
 * plus Spring Kafka's {@code kafka_dlt-original-topic/partition/offset/timestamp/consumer-group} and
 * {@code kafka_dlt-exception-fqcn/message/stacktrace}. The services write it with the service kit's
 * {@code DeadLettering}; any Kafka client can read it.
 */
public final class DeadLetters {

    /** One readable line saying why the record could not be processed. Never quotes the value. */
    public static final String REASON = "dlt-reason";

    private DeadLetters() {
    }
}
