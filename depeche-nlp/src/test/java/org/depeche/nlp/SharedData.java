package org.depeche.nlp;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the material in {@code ../shared} beside the repository (as laid out for developers and CI). */
public final class SharedData {

    private SharedData() {
    }

    public static Path path(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("cannot find shared/" + relative + " above " + Path.of("").toAbsolutePath());
    }
}
