package org.depeche.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one locator of the project's shared data ({@code shared/} beside the repository root:
 * examples, corpora, gold files). A test that reads it fails, with a message saying where it
 * looked, when the data are not there: it never skips, so a run without the data cannot pass
 * as green. Set {@code -Ddepeche.shared=DIR} to point elsewhere.
 */
public final class SharedData {

    /** The system property naming the shared folder explicitly. */
    public static final String PROPERTY = "depeche.shared";

    private SharedData() {
    }

    /** The shared folder itself. */
    public static Path root() {
        String given = System.getProperty(PROPERTY);
        if (given != null && !given.isBlank()) {
            Path dir = Path.of(given).toAbsolutePath().normalize();
            if (!Files.isDirectory(dir)) {
                throw new IllegalStateException("-D" + PROPERTY + "=" + given + " is not a folder");
            }
            return dir;
        }
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isDirectory(candidate.resolve("examples")) || Files.isDirectory(candidate.resolve("eval"))) {
                return candidate.normalize();
            }
        }
        throw new IllegalStateException("the shared data folder (shared/ beside the repository, holding examples/ and "
                + "eval/) is not in " + start + " or any folder above it; this test needs it: put it there or run "
                + "with -D" + PROPERTY + "=DIR");
    }

    /**
     * A file or folder inside the shared data.
     *
     * @throws IllegalStateException naming the path when it does not exist
     */
    public static Path path(String relative) {
        Path p = root().resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("shared/" + relative + " is missing (looked for " + p + "); this test needs it");
        }
        return p;
    }
}
