package io.recruitflow.harness;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;

/**
 * How a secured test broker authenticates and authorizes:
 * <ul>
 * <li>listener {@code CLIENTS}: {@code SASL_SSL} with SCRAM-SHA-512, the users made when the
 * storage is formatted (as {@code kafka-storage format --add-scram});</li>
 * <li>listener {@code MTLS}: {@code SSL} with a client certificate required, the principal being
 * {@code User:<certificate DN>}; the broker talks to itself over it with its own certificate;</li>
 * <li>listener {@code CONTROLLER}: {@code SSL} with a client certificate required;</li>
 * <li>{@code StandardAuthorizer}, nothing allowed without an ACL; super users: the broker's
 * certificate principal and the SCRAM admin.</li>
 * </ul>
 * Passwords here are test secrets; the settings file {@link #save} writes stays in the test's folder.
 */
public record BrokerSecurity(Path keyStore, Path trustStore, String storePassword, String brokerPrincipal,
                             String adminUser, String adminPassword, Map<String, String> scramUsers) {

    public static final String SCRAM_MECHANISM = "SCRAM-SHA-512";
    private static final String SCRAM_LOGIN = "org.apache.kafka.common.security.scram.ScramLoginModule";

    public BrokerSecurity {
        scramUsers = Map.copyOf(scramUsers);
    }

    /** The broker's listener, TLS and authorizer settings. */
    public Map<String, String> brokerConfig(String host, int clientPort, int mtlsPort, int controllerPort) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("listeners", "CLIENTS://" + host + ":" + clientPort + ",MTLS://" + host + ":" + mtlsPort
                + ",CONTROLLER://" + host + ":" + controllerPort);
        config.put("advertised.listeners", "CLIENTS://" + host + ":" + clientPort + ",MTLS://" + host + ":" + mtlsPort);
        config.put("listener.security.protocol.map", "CLIENTS:SASL_SSL,MTLS:SSL,CONTROLLER:SSL");
        config.put("inter.broker.listener.name", "MTLS");
        config.put("ssl.keystore.type", "PKCS12");
        config.put("ssl.keystore.location", keyStore.toString());
        config.put("ssl.keystore.password", storePassword);
        config.put("ssl.key.password", storePassword);
        config.put("ssl.truststore.type", "PKCS12");
        config.put("ssl.truststore.location", trustStore.toString());
        config.put("ssl.truststore.password", storePassword);
        config.put("ssl.client.auth", "required");
        config.put("listener.name.clients.ssl.client.auth", "none");
        config.put("sasl.enabled.mechanisms", SCRAM_MECHANISM);
        config.put("listener.name.clients.sasl.enabled.mechanisms", SCRAM_MECHANISM);
        config.put("listener.name.clients.scram-sha-512.sasl.jaas.config", SCRAM_LOGIN + " required;");
        config.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        config.put("allow.everyone.if.no.acl.found", "false");
        config.put("super.users", brokerPrincipal + ";User:" + adminUser);
        return config;
    }

    /** The SCRAM credentials to format the storage with, as {@code kafka-storage format --add-scram} takes them. */
    public List<String> scramArguments() {
        List<String> arguments = new ArrayList<>();
        arguments.add(scramArgument(adminUser, adminPassword));
        scramUsers.forEach((user, password) -> arguments.add(scramArgument(user, password)));
        return arguments;
    }

    private static String scramArgument(String user, String password) {
        return SCRAM_MECHANISM + "=[name=" + user + ",password=" + password + "]";
    }

    /** A client of the SCRAM admin (a super user) on the {@code CLIENTS} listener. */
    public Map<String, Object> adminClientConfig(String bootstrapServers) {
        return scramClientConfig(bootstrapServers, adminUser, adminPassword);
    }

    /** A client logging in as a SCRAM user on the {@code CLIENTS} listener. */
    public Map<String, Object> scramClientConfig(String bootstrapServers, String user, String password) {
        Map<String, Object> config = trustingClientConfig(bootstrapServers, "SASL_SSL");
        config.put(SaslConfigs.SASL_MECHANISM, SCRAM_MECHANISM);
        config.put(SaslConfigs.SASL_JAAS_CONFIG, scramJaasConfig(user, password));
        return config;
    }

    /** A client presenting the certificate in {@code clientKeyStore} on the {@code MTLS} listener. */
    public Map<String, Object> certificateClientConfig(String bootstrapServers, Path clientKeyStore) {
        Map<String, Object> config = trustingClientConfig(bootstrapServers, "SSL");
        config.put(SslConfigs.SSL_KEYSTORE_TYPE_CONFIG, "PKCS12");
        config.put(SslConfigs.SSL_KEYSTORE_LOCATION_CONFIG, clientKeyStore.toString());
        config.put(SslConfigs.SSL_KEYSTORE_PASSWORD_CONFIG, storePassword);
        return config;
    }

    public static String scramJaasConfig(String user, String password) {
        return SCRAM_LOGIN + " required username=\"" + user + "\" password=\"" + password + "\";";
    }

    private Map<String, Object> trustingClientConfig(String bootstrapServers, String protocol) {
        Map<String, Object> config = new HashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, protocol);
        config.put(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, "PKCS12");
        config.put(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, trustStore.toString());
        config.put(SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG, storePassword);
        return config;
    }

    /** Writes these settings for a broker JVM to {@link #load}. */
    public void save(Path file) {
        Properties properties = new Properties();
        properties.setProperty("key-store", keyStore.toString());
        properties.setProperty("trust-store", trustStore.toString());
        properties.setProperty("store-password", storePassword);
        properties.setProperty("broker-principal", brokerPrincipal);
        properties.setProperty("admin-user", adminUser);
        properties.setProperty("admin-password", adminPassword);
        scramUsers.forEach((user, password) -> properties.setProperty("scram." + user, password));
        try (Writer writer = Files.newBufferedWriter(file)) {
            properties.store(writer, "test broker security");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BrokerSecurity load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> users = new HashMap<>();
        properties.stringPropertyNames().stream().filter(name -> name.startsWith("scram."))
                .forEach(name -> users.put(name.substring("scram.".length()), properties.getProperty(name)));
        return new BrokerSecurity(Path.of(properties.getProperty("key-store")), Path.of(properties.getProperty("trust-store")),
                properties.getProperty("store-password"), properties.getProperty("broker-principal"),
                properties.getProperty("admin-user"), properties.getProperty("admin-password"), users);
    }
}
