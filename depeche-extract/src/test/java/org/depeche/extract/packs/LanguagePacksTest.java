package org.depeche.extract.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.depeche.lang.Language;
import org.depeche.lang.Languages;
import org.depeche.lang.PackException;
import org.depeche.lang.PackLayout;
import org.depeche.lang.ResourcePack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language packs on the class path load, and a pack that lacks a file or a key fails at load, naming it. */
class LanguagePacksTest {

    @TempDir
    Path tmp;

    @Test
    void everyPackOnTheClassPathLoadsWithEveryFileOfTheLayout() {
        assertThat(Languages.supported()).contains("fr", "en");
        for (String code : Languages.supported()) {
            Language pack = Languages.get(code);
            assertThat(pack.code()).isEqualTo(code);
            for (String file : PackLayout.get().files().keySet()) {
                assertThat(pack.has(file)).as(code + " " + file).isTrue();
            }
            assertThat(pack.words().set("DET_DEFINITE")).isNotEmpty();
        }
    }

    @Test
    void packsAreLoadedOnceAndShared() {
        assertThat(Languages.get("fr")).isSameAs(Languages.get("fr"));
    }

    @Test
    void anUnknownLanguageNamesTheSupportedOnes() {
        assertThatThrownBy(() -> Languages.get("xx"))
                .isInstanceOf(Languages.UnsupportedLanguageException.class)
                .hasMessageContaining("'xx'").hasMessageContaining("fr").hasMessageContaining("en");
    }

    @Test
    void wordsComeFromTheirOwnLanguage() {
        assertThat(Languages.get("fr").words().set("DET_INDEFINITE")).contains("une").doesNotContain("an");
        assertThat(Languages.get("en").words().set("DET_INDEFINITE")).contains("an").doesNotContain("une");
        assertThat(Languages.get("fr").words().list("PARTICIPLE_ENDING")).startsWith("é", "ée");
    }

    @Test
    void aPackWithoutOneOfItsFilesFailsNamingTheFile() {
        for (String code : Languages.supported()) {
            for (String file : PackLayout.get().files().keySet()) {
                assertThatThrownBy(() -> pack(code, hiding(code, file)))
                        .as(code + " without " + file)
                        .isInstanceOf(PackException.class)
                        .hasMessageContaining("'" + code + "'")
                        .hasMessageContaining(file)
                        .hasMessageContaining("missing");
            }
        }
    }

    @Test
    void aPackWithoutAKeyFailsNamingTheFileAndTheKey() throws IOException {
        for (String code : Languages.supported()) {
            String words = read(code, "words.tsv").lines()
                    .filter(l -> !l.startsWith("DET_DEFINITE\t") && !l.equals("DET_DEFINITE"))
                    .collect(Collectors.joining("\n"));
            Path edited = Files.writeString(tmp.resolve(code + "-words.tsv"), words, StandardCharsets.UTF_8);
            assertThatThrownBy(() -> pack(code, replacing(code, "words.tsv", edited)))
                    .isInstanceOf(PackException.class)
                    .hasMessageContaining("'" + code + "'")
                    .hasMessageContaining("words.tsv")
                    .hasMessageContaining("DET_DEFINITE");
        }
    }

    @Test
    void aPackWithoutAChoiceFailsNamingIt() throws IOException {
        String props = read("fr", "pack.properties").lines()
                .filter(l -> !l.startsWith("entities.minimal-spans"))
                .collect(Collectors.joining("\n"));
        Path edited = Files.writeString(tmp.resolve("pack.properties"), props, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> pack("fr", replacing("fr", "pack.properties", edited)))
                .isInstanceOf(PackException.class)
                .hasMessageContaining("pack.properties")
                .hasMessageContaining("entities.minimal-spans");
    }

    @Test
    void aWordClassThePackLacksIsAnErrorNotAnEmptySet() {
        assertThatThrownBy(() -> Languages.get("en").words().set("NO_SUCH_CLASS"))
                .isInstanceOf(PackException.class)
                .hasMessageContaining("'en'").hasMessageContaining("words.tsv").hasMessageContaining("NO_SUCH_CLASS");
    }

    private static Language pack(String code, Function<String, URL> locate) {
        return new ResourcePack(code, locate) {
        };
    }

    private static Function<String, URL> hiding(String code, String hidden) {
        return file -> file.equals(hidden) ? null : real(code, file);
    }

    private static Function<String, URL> replacing(String code, String replaced, Path with) {
        return file -> {
            if (!file.equals(replaced)) {
                return real(code, file);
            }
            try {
                return with.toUri().toURL();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static URL real(String code, String file) {
        return Languages.get(code).has(file) ? Languages.get(code).url(file) : null;
    }

    private static String read(String code, String file) throws IOException {
        try (var in = Languages.get(code).open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
