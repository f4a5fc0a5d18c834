package io.recruitflow.harness;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** How the harness starts child JVMs: this JVM's {@code java} and this module's classpath. */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** The {@code java} executable this JVM runs on. */
    public static String java() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** This JVM's classpath, also when it runs inside Maven (exec:java) with a class loader of its own. */
    public static String classpath() {
        Set<String> entries = new LinkedHashSet<>();
        for (ClassLoader loader = ChildJvm.class.getClassLoader(); loader != null; loader = loader.getParent()) {
            if (loader instanceof URLClassLoader urls) {
                for (var url : urls.getURLs()) {
                    try {
                        entries.add(Path.of(url.toURI()).toString());
                    } catch (URISyntaxException | IllegalArgumentException e) {
                        // not a file: nothing a child JVM could use
                    }
                }
            }
        }
        if (entries.isEmpty()) {
            entries.addAll(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
        }
        return String.join(File.pathSeparator, new ArrayList<>(entries));
    }
}
