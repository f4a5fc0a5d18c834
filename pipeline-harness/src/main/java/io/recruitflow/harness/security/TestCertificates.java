package io.recruitflow.harness.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A throw-away certificate authority for tests, made with the JDK's {@code keytool} (no extra
 * dependency): PKCS12 key stores for the broker and for clients, each signed by the CA and valid
 * for {@code 127.0.0.1}/{@code localhost}, and a trust store holding the CA. All stores share one
 * password. The distinguished name of a certificate is {@code CN=<name>}, so Kafka's default
 * principal for an mTLS client is {@code User:CN=<name>}.
 */
public final class TestCertificates {

    private static final String CA = "ca";
    private static final String KEY = "key";
    private static final String VALIDITY_DAYS = "2";

    private final Path dir;
    private final String password;
    private final Path caStore;
    private final Path caCertificate;
    private final Path trustStore;

    private TestCertificates(Path dir, String password) {
        this.dir = dir;
        this.password = password;
        this.caStore = dir.resolve("ca.p12");
        this.caCertificate = dir.resolve("ca.pem");
        this.trustStore = dir.resolve("truststore.p12");
    }

    /** Makes the CA and the trust store in {@code dir}, protected by {@code password}. */
    public static TestCertificates create(Path dir, String password) {
        TestCertificates certificates = new TestCertificates(dir, password);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        certificates.keytool("-genkeypair", "-alias", CA, "-dname", "CN=recruitflow-test-ca", "-ext", "bc:c",
                "-keystore", certificates.caStore.toString());
        certificates.keytool("-exportcert", "-rfc", "-alias", CA, "-keystore", certificates.caStore.toString(),
                "-file", certificates.caCertificate.toString());
        certificates.keytool("-importcert", "-noprompt", "-alias", CA, "-file", certificates.caCertificate.toString(),
                "-keystore", certificates.trustStore.toString());
        return certificates;
    }

    /**
     * A key store {@code <name>.p12} with a key pair for {@code CN=<name>} and its certificate
     * chain, signed by the CA, for a server on 127.0.0.1 or a client.
     */
    public Path keyStore(String name) {
        Path store = dir.resolve(name + ".p12");
        Path request = dir.resolve(name + ".csr");
        Path certificate = dir.resolve(name + ".pem");
        keytool("-genkeypair", "-alias", KEY, "-dname", "CN=" + name, "-keystore", store.toString());
        keytool("-certreq", "-alias", KEY, "-keystore", store.toString(), "-file", request.toString());
        keytool("-gencert", "-rfc", "-alias", CA, "-keystore", caStore.toString(), "-infile", request.toString(),
                "-outfile", certificate.toString(), "-ext", "san=ip:127.0.0.1,dns:localhost");
        try {
            // The reply is the certificate and the CA's: the key store then holds the whole chain.
            Files.writeString(certificate, Files.readString(caCertificate), StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        keytool("-importcert", "-noprompt", "-alias", KEY, "-file", certificate.toString(), "-keystore", store.toString());
        return store;
    }

    public Path trustStore() {
        return trustStore;
    }

    /** The password of every store made here (PKCS12: also the key password). */
    public String password() {
        return password;
    }

    private void keytool(String command, String... arguments) {
        // A short-lived JVM each: no optimising compiler, the smallest collector.
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC", command));
        line.addAll(List.of(arguments));
        line.addAll(List.of("-storetype", "PKCS12", "-storepass", password));
        if (command.equals("-genkeypair")) {
            line.addAll(List.of("-keyalg", "EC", "-groupname", "secp256r1", "-validity", VALIDITY_DAYS));
        }
        if (command.equals("-gencert")) {
            line.addAll(List.of("-validity", VALIDITY_DAYS));
        }
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("keytool " + command + " failed: " + output.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run keytool", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running keytool", e);
        }
    }
}
