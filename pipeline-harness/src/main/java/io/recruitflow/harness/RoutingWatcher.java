package io.recruitflow.harness;

import java.util.List;
import java.util.function.Consumer;

import io.recruitflow.avro.RoutingDecision;
import io.recruitflow.contracts.avro.AvroSingleObjectDeserializer;
import io.recruitflow.contracts.topics.Topics;
import io.recruitflow.harness.load.CommittedReader;

/**
 * Reads committed routing decisions as recruiters' tooling would ({@code read_committed}, Avro
 * single-object encoding) and hands each to a callback, on its own thread, until closed.
 */
public final class RoutingWatcher implements AutoCloseable {

    private final CommittedReader reader;

    public RoutingWatcher(String bootstrapServers, Consumer<RoutingDecision> onDecision) {
        AvroSingleObjectDeserializer<RoutingDecision> decisions = new AvroSingleObjectDeserializer<>(RoutingDecision.class);
        reader = new CommittedReader(bootstrapServers, List.of(Topics.CANDIDATE_ROUTINGS.name()), record -> {
            if (record.value() != null) {
                onDecision.accept(decisions.deserialize(record.topic(), record.value()));
            }
        });
    }

    @Override
    public void close() {
        reader.close();
    }
}
