package org.depeche.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedDataTest {

    @TempDir
    Path tmp;

    @AfterEach
    void clearProperty() {
        System.clearProperty(SharedData.PROPERTY);
    }

    @Test
    void shouldFailNamingTheFolderWhenTheGivenSharedFolderDoesNotExist() {
        System.setProperty(SharedData.PROPERTY, tmp.resolve("nowhere").toString());
        assertThatThrownBy(SharedData::root).isInstanceOf(IllegalStateException.class).hasMessageContaining("nowhere");
    }

    @Test
    void shouldFailNamingTheFileWhenItIsMissingFromTheSharedFolder() throws Exception {
        Files.createDirectories(tmp.resolve("examples"));
        System.setProperty(SharedData.PROPERTY, tmp.toString());
        assertThatThrownBy(() -> SharedData.path("examples/none.txt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("shared/examples/none.txt is missing");
    }

    @Test
    void shouldResolveAFileOfTheSharedFolder() throws Exception {
        Files.createDirectories(tmp.resolve("examples"));
        Files.writeString(tmp.resolve("examples/a.txt"), "x");
        System.setProperty(SharedData.PROPERTY, tmp.toString());
        assertThat(SharedData.path("examples/a.txt")).hasContent("x");
    }
}
