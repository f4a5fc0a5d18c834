package io.recruitflow.classifier.rolemodel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import io.recruitflow.contracts.crypto.Digests;

/**
 * The backend engineer and backend developer role models of the seed article, plus the "backend
 * core" signals that tell backend from anything else, read from a versioned JSON data file (by
 * default {@code rolemodel/backend-roles.json} on the classpath). Keeping the model as data means a
 * recruiter-facing change is a reviewed file change, and every verdict can name the exact model
 * that produced it through {@link #version()}.
 *
 * <p>Signals may name groups of the {@link Vocabulary} (technologies and job titles derived from
 * O*NET) instead of listing every skill and title; the version then covers the vocabulary too.
 *
 * <p>Immutable; the file is validated completely on load.
 */
public final class RoleModel {

    static final String STANDARD_RESOURCE = "rolemodel/backend-roles.json";

    private final String name;
    private final int revision;
    private final String version;
    private final Decision decision;
    private final Reading reading;
    private final Spellings spellings;
    private final Set<String> ambiguousAliases;
    private final List<Signal> core;
    private final List<Signal> engineer;
    private final List<Signal> developer;
    private final List<Signal> elsewhere;

    RoleModel(String name, int revision, String contentHash, Decision decision, Reading reading, Spellings spellings,
            Set<String> ambiguousAliases, List<Signal> core, List<Signal> engineer, List<Signal> developer,
            List<Signal> elsewhere) {
        this.name = name;
        this.revision = revision;
        this.version = name + "@" + revision + "+sha256:" + contentHash;
        this.decision = decision;
        this.reading = reading;
        this.spellings = spellings;
        this.ambiguousAliases = Set.copyOf(ambiguousAliases);
        this.core = List.copyOf(core);
        this.engineer = List.copyOf(engineer);
        this.developer = List.copyOf(developer);
        this.elsewhere = List.copyOf(elsewhere);
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
        return RoleModelParser.parse(bytes, Vocabulary.standard());
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

    public Reading reading() {
        return reading;
    }

    /** Skill names and their spellings: ingest's aliases, and the vocabulary's if the model refers to it. */
    public Spellings spellings() {
        return spellings;
    }

    /** Skill aliases (folded) of {@code skills/aliases.tsv} that are ordinary words or names, as the file lists them. */
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

    /**
     * Signals that a profile's work lies outside backend development (testing, analysis, operations,
     * another occupation): their weight counts against the core weight. Empty in files before version 3.
     */
    public List<Signal> elsewhere() {
        return elsewhere;
    }

    @Override
    public String toString() {
        return version;
    }

    /** The first 12 hex digits of the SHA-256 of the parts, one after the other. */
    static String sha256Prefix(byte[]... parts) {
        return HexFormat.of().formatHex(Digests.sha256(parts)).substring(0, 12);
    }
}
