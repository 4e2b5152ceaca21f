package org.depeche.options;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.depeche.extract.ParseMode;
import org.depeche.io.ReadOptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The shared options as a command line declaring them as mixins reads them (the way analyze, ingest and spark do). */
class OptionsTest {

    @Command(name = "some-command")
    static final class SomeCommand {
        @Mixin
        ReadingOptions reading = new ReadingOptions();

        @Mixin
        AnalysisOptions analysis = new AnalysisOptions();
    }

    private static SomeCommand parse(String... args) {
        SomeCommand c = new SomeCommand();
        new CommandLine(c).parseArgs(args);
        return c;
    }

    @Test
    void withoutOptionsArticlesAreReadAsDepecheIoReadsThemByDefaultAndOnlyNeededSentencesAreParsed() {
        SomeCommand c = parse();
        assertThat(c.reading.readOptions()).isEqualTo(ReadOptions.defaults());
        assertThat(c.analysis.parse()).isEqualTo(ParseMode.NEEDED);
    }

    @Test
    void everyReadingOptionReachesTheReadOptions() {
        SomeCommand c = parse("--lang", "EN", "--published", "2024-02-29", "--encoding", "windows-1252",
                "--max-size", "0.5", "--parse", "ALL");
        assertThat(c.reading.readOptions())
                .isEqualTo(new ReadOptions("en", LocalDate.of(2024, 2, 29), "windows-1252", 512 * 1024));
        assertThat(c.analysis.parse()).isEqualTo(ParseMode.ALL);
    }

    @Test
    void autoMeansNoForcedLanguageWhateverItsCase() {
        assertThat(parse("--lang", "Auto").reading.forcedLang()).isNull();
        assertThat(parse("--lang", "fr").reading.forcedLang()).isEqualTo("fr");
    }
}
