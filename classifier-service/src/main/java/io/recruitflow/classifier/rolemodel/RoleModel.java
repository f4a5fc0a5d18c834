package io.recruitflow.classifier.rolemodel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The backend engineer and backend developer role models of the seed article, plus the "backend
 * core" signals that tell backend from anything else, read from a versioned JSON data file (by
 * default {@code rolemodel/backend-roles.json} on the classpath). Keeping the model as data means a
 * recruiter-facing change is a reviewed file change, and every verdict can name the exact model
 * that produced it through {@link #version()}.
 *
 * <p>Immutable; the file is validated completely on load.
 */
public final class RoleModel {

    static final String STANDARD_RESOURCE = "rolemodel/backend-roles.json";

    private final String name;
    private final int revision;
    private final String version;
    private final Decision decision;
    private final Set<String> ambiguousAliases;
    private final List<Signal> core;
    private final List<Signal> engineer;
    private final List<Signal> developer;

    RoleModel(String name, int revision, String contentHash, Decision decision, Set<String> ambiguousAliases,
            List<Signal> core, List<Signal> engineer, List<Signal> developer) {
        this.name = name;
        this.revision = revision;
        this.version = name + "@" + revision + "+sha256:" + contentHash;
        this.decision = decision;
        this.ambiguousAliases = Set.copyOf(ambiguousAliases);
        this.core = List.copyOf(core);
        this.engineer = List.copyOf(engineer);
        this.developer = List.copyOf(developer);
    }

    /** The model shipped with the service. */
    public static RoleModel standard() {
        try (InputStream in = RoleModel.class.getClassLoader().getResourceAsStream(STANDARD_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing role model resource " + STANDARD_RESOURCE);
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A model from a file, e.g. an operator's override of the standard one. */
    public static RoleModel load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read role model " + file, e);
        }
    }

    /** A model from a stream (read fully, not closed). */
    public static RoleModel load(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return RoleModelParser.parse(bytes, sha256Prefix(bytes));
    }

    /** Name, revision and content hash, e.g. {@code backend-roles@1+sha256:0123456789ab}. */
    public String version() {
        return version;
    }

    public String name() {
        return name;
    }

    /** The {@code version} number written in the file. */
    public int revision() {
        return revision;
    }

    public Decision decision() {
        return decision;
    }

    /** Skill aliases (folded) that are ordinary words or names, so they never count in free text. */
    public Set<String> ambiguousAliases() {
        return ambiguousAliases;
    }

    /** Signals that a profile is about backend work at all, whichever role. */
    public List<Signal> core() {
        return core;
    }

    public List<Signal> engineer() {
        return engineer;
    }

    public List<Signal> developer() {
        return developer;
    }

    @Override
    public String toString() {
        return version;
    }

    private static String sha256Prefix(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
