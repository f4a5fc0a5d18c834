package io.recruitflow.contracts.avro;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.recruitflow.avro.CandidateClassified;
import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.avro.NotificationDelivery;
import io.recruitflow.avro.NotifiedOutcome;
import io.recruitflow.avro.RoutingDecision;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.message.SchemaStore;

/**
 * Every released version of every event schema, as frozen, self-contained copies under
 * {@code avro/released/<Name>/v<N>.avsc}. Readers look writer schemas up here by their
 * single-object-encoding fingerprint, so records written with an older version still decode.
 */
public final class ReleasedSchemas implements SchemaStore {

    /** The event types the pipeline writes, in the order they flow. */
    public static final List<Schema> CURRENT = List.of(
            CandidateProfile.getClassSchema(),
            CandidateClassified.getClassSchema(),
            RoutingDecision.getClassSchema(),
            NotificationDelivery.getClassSchema(),
            NotifiedOutcome.getClassSchema());

    private static final ReleasedSchemas INSTANCE = load();

    private final Map<String, List<Schema>> versionsByName;
    private final Map<Long, Schema> byFingerprint = new LinkedHashMap<>();

    private ReleasedSchemas(Map<String, List<Schema>> versionsByName) {
        this.versionsByName = versionsByName;
        versionsByName.values().forEach(versions -> versions.forEach(this::register));
    }

    public static ReleasedSchemas get() {
        return INSTANCE;
    }

    /** Released versions of one record type, oldest first. */
    public List<Schema> versionsOf(String simpleName) {
        return versionsByName.getOrDefault(simpleName, List.of());
    }

    @Override
    public Schema findByFingerprint(long fingerprint) {
        return byFingerprint.get(fingerprint);
    }

    public static long fingerprint(Schema schema) {
        return SchemaNormalization.parsingFingerprint64(schema);
    }

    private void register(Schema schema) {
        byFingerprint.putIfAbsent(fingerprint(schema), schema);
    }

    private static ReleasedSchemas load() {
        Map<String, List<Schema>> versions = new LinkedHashMap<>();
        for (Schema current : CURRENT) {
            String name = current.getName();
            List<Schema> released = new ArrayList<>();
            for (int version = 1; ; version++) {
                Schema schema = read("avro/released/" + name + "/v" + version + ".avsc");
                if (schema == null) {
                    break;
                }
                released.add(schema);
            }
            versions.put(name, List.copyOf(released));
        }
        return new ReleasedSchemas(versions);
    }

    private static Schema read(String resource) {
        try (InputStream in = ReleasedSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new Schema.Parser().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read released schema " + resource, e);
        }
    }
}
