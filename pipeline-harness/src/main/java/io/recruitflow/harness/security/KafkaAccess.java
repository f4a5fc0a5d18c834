package io.recruitflow.harness.security;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import io.recruitflow.contracts.topics.Topics;
import io.recruitflow.harness.PipelineService;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * What a secured cluster needs before the services start, applied by an admin (a super user):
 * every topic the services declare, created up front, and for each service's principal the ACLs
 * of least privilege. A service reads its input topics with its consumer group(s), writes its
 * output and dead-letter topics, runs transactions under its transactional-id prefix, and may only
 * DESCRIBE the other topics it declares (the start-up check that they exist); it creates no topic,
 * except notifier its own delivery retry topics, whose number follows its retry settings.
 * <p>
 * Run against a cluster: {@code mvn -q -pl pipeline-harness exec:java
 * -Dexec.mainClass=io.recruitflow.harness.security.KafkaAccess -Dexec.args="admin.properties 6 3
 * ingest=User:ingest classifier=User:classifier notifier=User:notifier"} (the first argument a Kafka
 * client properties file of a super user; then partitions, replication factor and the principals).
 */
public final class KafkaAccess {

    /** notifier's delivery retry topics, {@code <requests>-retry-<n>}, are created by notifier itself. */
    static final String DELIVERY_RETRY_TOPICS = Topics.NOTIFICATION_REQUESTS.name() + "-retry-";

    private KafkaAccess() {
    }

    /** The topics the admin creates: the registry's, with the dead-letter twins the services declare. */
    public static List<NewTopic> topics(int partitions, short replicationFactor) {
        List<NewTopic> topics = new ArrayList<>(List.of(Topics.declarations(partitions, replicationFactor,
                Topics.ATS_CANDIDATE_EVENTS, Topics.CANDIDATE_PROFILES, Topics.CANDIDATE_CLASSIFICATIONS,
                Topics.CANDIDATE_ROUTINGS, Topics.NOTIFICATION_DELIVERIES, Topics.NOTIFICATION_REQUESTS,
                Topics.INGEST_RECEIPTS)));
        topics.add(Topics.NOTIFIED_OUTCOMES.newTopic(partitions, replicationFactor));
        return topics;
    }

    /** The ACLs of one service's principal (e.g. {@code User:classifier} or {@code User:CN=ingest-service}). */
    public static List<AclBinding> acls(PipelineService service, String principal) {
        Grants grants = new Grants(principal);
        switch (service) {
            case INGEST -> grants
                    .topic(AclOperation.READ, Topics.ATS_CANDIDATE_EVENTS.name())
                    .topic(AclOperation.WRITE, Topics.ATS_CANDIDATE_EVENTS.dlt())
                    .topic(AclOperation.WRITE, Topics.CANDIDATE_PROFILES.name())
                    .topic(AclOperation.DESCRIBE, Topics.CANDIDATE_PROFILES.dlt())
                    .topic(AclOperation.READ, Topics.INGEST_RECEIPTS.name())
                    .topic(AclOperation.WRITE, Topics.INGEST_RECEIPTS.name())
                    .topic(AclOperation.DESCRIBE, Topics.INGEST_RECEIPTS.dlt())
                    .group("ingest-service", PatternType.LITERAL)
                    .transactionalIds("ingest-");
            case CLASSIFIER -> grants
                    .topic(AclOperation.READ, Topics.CANDIDATE_PROFILES.name())
                    .topic(AclOperation.WRITE, Topics.CANDIDATE_PROFILES.dlt())
                    .topic(AclOperation.WRITE, Topics.CANDIDATE_CLASSIFICATIONS.name())
                    .topic(AclOperation.DESCRIBE, Topics.CANDIDATE_CLASSIFICATIONS.dlt())
                    .group("classifier-service", PatternType.LITERAL)
                    .transactionalIds("classifier-");
            case NOTIFIER -> grants
                    .topic(AclOperation.READ, Topics.CANDIDATE_CLASSIFICATIONS.name())
                    .topic(AclOperation.WRITE, Topics.CANDIDATE_CLASSIFICATIONS.dlt())
                    .topic(AclOperation.WRITE, Topics.CANDIDATE_ROUTINGS.name())
                    .topic(AclOperation.DESCRIBE, Topics.CANDIDATE_ROUTINGS.dlt())
                    .topic(AclOperation.WRITE, Topics.NOTIFICATION_DELIVERIES.name())
                    .topic(AclOperation.DESCRIBE, Topics.NOTIFICATION_DELIVERIES.dlt())
                    .topic(AclOperation.READ, Topics.NOTIFIED_OUTCOMES.name())
                    .topic(AclOperation.WRITE, Topics.NOTIFIED_OUTCOMES.name())
                    // the requests topic, its retry topics and its dead-letter topic
                    .topicsPrefixed(AclOperation.READ, Topics.NOTIFICATION_REQUESTS.name())
                    .topicsPrefixed(AclOperation.WRITE, Topics.NOTIFICATION_REQUESTS.name())
                    .topicsPrefixed(AclOperation.CREATE, DELIVERY_RETRY_TOPICS)
                    .group("notifier-service", PatternType.LITERAL)
                    // notifier-service-deliveries and the groups of its retry topics
                    .group("notifier-service-deliveries", PatternType.PREFIXED)
                    .transactionalIds("notifier-");
        }
        return grants.bindings;
    }

    /** A downstream reader of one topic (recruiters' tooling, ops), with consumer groups under a prefix. */
    public static List<AclBinding> topicReader(String principal, String topic, String groupPrefix) {
        return new Grants(principal).topic(AclOperation.READ, topic).group(groupPrefix, PatternType.PREFIXED).bindings;
    }

    /** Creates the topics (those that exist are left as they are) and every service's ACLs. */
    public static void provision(Admin admin, int partitions, short replicationFactor,
                                 Map<PipelineService, String> principals) throws InterruptedException {
        try {
            admin.createTopics(topics(partitions, replicationFactor)).values().values().forEach(created -> {
                try {
                    created.get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Cannot create a topic: " + e.getCause().getMessage(), e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted", e);
                }
            });
            List<AclBinding> acls = new ArrayList<>();
            principals.forEach((service, principal) -> acls.addAll(acls(service, principal)));
            admin.createAcls(acls).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot create the ACLs: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** {@code <admin client properties> <partitions> <replication factor> <service>=<principal>...} */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 4) {
            throw new IllegalArgumentException("usage: KafkaAccess <admin client properties> <partitions> "
                    + "<replication factor> ingest=User:ingest classifier=User:classifier notifier=User:notifier");
        }
        Properties client = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(args[0]))) {
            client.load(reader);
        }
        Map<PipelineService, String> principals = new EnumMap<>(PipelineService.class);
        for (int i = 3; i < args.length; i++) {
            String[] assignment = args[i].split("=", 2);
            principals.put(PipelineService.valueOf(assignment[0].toUpperCase(java.util.Locale.ROOT)), assignment[1]);
        }
        try (Admin admin = Admin.create(client)) {
            provision(admin, Integer.parseInt(args[1]), Short.parseShort(args[2]), principals);
        }
        System.out.println("Created the pipeline's topics and the ACLs of " + principals);
    }

    /** ALLOW entries for one principal, from any host. */
    private static final class Grants {

        private final String principal;
        private final List<AclBinding> bindings = new ArrayList<>();

        private Grants(String principal) {
            this.principal = principal;
        }

        Grants topic(AclOperation operation, String name) {
            return allow(ResourceType.TOPIC, name, PatternType.LITERAL, operation);
        }

        Grants topicsPrefixed(AclOperation operation, String prefix) {
            return allow(ResourceType.TOPIC, prefix, PatternType.PREFIXED, operation);
        }

        Grants group(String name, PatternType pattern) {
            return allow(ResourceType.GROUP, name, pattern, AclOperation.READ);
        }

        Grants transactionalIds(String prefix) {
            return allow(ResourceType.TRANSACTIONAL_ID, prefix, PatternType.PREFIXED, AclOperation.WRITE);
        }

        private Grants allow(ResourceType type, String name, PatternType pattern, AclOperation operation) {
            bindings.add(new AclBinding(new ResourcePattern(type, name, pattern),
                    new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW)));
            return this;
        }
    }
}
