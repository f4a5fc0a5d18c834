package io.recruitflow.contracts.avro;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.avro.util.ClassSecurityValidator;
import org.apache.avro.util.ClassSecurityValidator.ClassSecurityPredicate;

/**
 * Avro 1.12.2 refuses to load generated classes outside a trusted set when it encodes or decodes.
 * The serde trusts our contract package itself, so no user has to remember a JVM flag.
 */
final class TrustedAvroPackages {

    static final String CONTRACT_PACKAGE = "io.recruitflow.avro.";

    private static final AtomicBoolean installed = new AtomicBoolean();

    private TrustedAvroPackages() {
    }

    static void ensureInstalled() {
        if (installed.compareAndSet(false, true)) {
            ClassSecurityPredicate contracts = type -> type.getName().startsWith(CONTRACT_PACKAGE);
            ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(ClassSecurityValidator.getGlobal(), contracts));
        }
    }
}
