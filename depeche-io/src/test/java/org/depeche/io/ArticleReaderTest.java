package org.depeche.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.depeche.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    private static final String ARTICLE = "Le maire de Lyon a inauguré hier une nouvelle ligne de tramway.";

    @TempDir
    Path dir;

    private List<InputRecord> read(ReadOptions options, String... inputs) {
        List<InputRecord> out = new ArrayList<>();
        try (ArticleReader r = new ArticleReader(List.of(inputs), options, new ByteArrayInputStream(new byte[0]))) {
            r.forEachRemaining(out::add);
        }
        return out;
    }

    private List<InputRecord> read(String... inputs) {
        return read(ReadOptions.defaults(), inputs);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static Document article(InputRecord r) {
        assertThat(r).isInstanceOf(InputRecord.Article.class);
        return ((InputRecord.Article) r).document();
    }

    private static String failure(InputRecord r) {
        assertThat(r).isInstanceOf(InputRecord.Failure.class);
        return r.toString();
    }

    @Test
    void shouldKeepGoingPastEveryKindOfBadFileInABatch() throws IOException {
        write("a-empty.txt", new byte[0]);
        write("b-binary.txt", new byte[] {'%', 'P', 'D', 'F', '-', '1', 0, 1, 2});
        byte[] mixed = ("Déjà " + "x").getBytes(StandardCharsets.UTF_8);
        mixed[mixed.length - 1] = (byte) 0xE9;
        write("c-invalid.txt", mixed);
        write("d-good.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        write("e-feed.jsonl", ("{\"id\":\"one\",\"text\":\"" + ARTICLE + "\"}\n{not json\n\n{\"id\":\"three\"}\n")
                .getBytes(StandardCharsets.UTF_8));
        write("f-ignored.ann", "T1\tPerson 0 2\tLe".getBytes(StandardCharsets.UTF_8));

        List<InputRecord> records = read(dir.toString(), dir.resolve("missing.txt").toString());

        assertThat(records).hasSize(8);
        assertThat(failure(records.get(0))).endsWith("a-empty.txt: empty file");
        assertThat(failure(records.get(1))).contains("b-binary.txt: binary file (PDF)");
        assertThat(failure(records.get(2))).contains("c-invalid.txt: invalid UTF-8 at byte 7");
        assertThat(article(records.get(3)).text()).isEqualTo(ARTICLE);
        assertThat(article(records.get(4)).id()).isEqualTo("one");
        assertThat(failure(records.get(5))).contains("e-feed.jsonl:2: malformed JSON");
        assertThat(failure(records.get(6))).contains("e-feed.jsonl:4: no 'text' or 'html' field");
        assertThat(failure(records.get(7))).endsWith("missing.txt: no such file");
    }

    @Test
    void shouldRefuseAFileLargerThanTheLimitWithoutReadingIt() throws IOException {
        byte[] big = new byte[21 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        Path p = write("huge.txt", big);
        assertThat(failure(read(p.toString()).get(0)))
                .contains("huge.txt: too large (21.0 MB, limit 2.0 MB; raise it with --max-size)");
    }

    @Test
    void shouldTakeThePublicationDateFromJsonlThenFileNameThenOption() throws IOException {
        write("2016_01_10-001.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        write("plain.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        write("feed.jsonl", ("{\"text\":\"" + ARTICLE + "\",\"published\":\"2021-03-04T08:00:00Z\",\"lang\":\"fr\"}\n")
                .getBytes(StandardCharsets.UTF_8));
        ReadOptions options = new ReadOptions(null, LocalDate.of(2020, 1, 1), null, ReadOptions.DEFAULT_MAX_BYTES);
        List<InputRecord> records = read(options, dir.resolve("2016_01_10-001.txt").toString(),
                dir.resolve("plain.txt").toString(), dir.resolve("feed.jsonl").toString());
        assertThat(article(records.get(0)).published()).isEqualTo(LocalDate.of(2016, 1, 10));
        assertThat(article(records.get(1)).published()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(article(records.get(2)).published()).isEqualTo(LocalDate.of(2021, 3, 4));
        assertThat(article(records.get(2)).lang()).isEqualTo("fr");
        assertThat(article(records.get(2)).id()).endsWith("feed.jsonl:1");
    }

    @Test
    void shouldExtractTheArticleTextTitleAndDateFromHtml() throws IOException {
        String html = "<!DOCTYPE html><html><head><title>Tramway</title>"
                + "<meta property=\"article:published_time\" content=\"2022-05-06T10:00:00+02:00\">"
                + "<script>var x = 1;</script></head><body><nav>Accueil | Monde</nav>"
                + "<article><h1>Une nouvelle ligne</h1><p>Le maire a <b>inauguré</b> la ligne.</p>"
                + "<p>Elle ouvre lundi.</p></article><footer>© Journal</footer></body></html>";
        Path p = write("page.html", html.getBytes(StandardCharsets.UTF_8));
        Document doc = article(read(p.toString()).get(0));
        assertThat(doc.text()).isEqualTo("Une nouvelle ligne\n\nLe maire a inauguré la ligne.\n\nElle ouvre lundi.");
        assertThat(doc.meta().title()).isEqualTo("Tramway");
        assertThat(doc.meta().format()).isEqualTo("html");
        assertThat(doc.published()).isEqualTo(LocalDate.of(2022, 5, 6));
    }

    @Test
    void shouldRefuseAnHtmlPageWithoutText() throws IOException {
        Path p = write("empty.html", "<html><body><script>x()</script></body></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(failure(read(p.toString()).get(0))).contains("HTML page without text");
    }

    @Test
    void shouldKeepCrlfAndDecodeWindows1252Files() throws IOException {
        String text = "Première ligne.\r\nDeuxième ligne – fin.";
        Path p = write("win.txt", text.getBytes(Charset.forName("windows-1252")));
        Document doc = article(read(p.toString()).get(0));
        assertThat(doc.text()).isEqualTo(text);
        assertThat(doc.meta().encoding()).isEqualTo("windows-1252");
    }

    @Test
    void shouldReadJsonlFromStandardInput() {
        byte[] stdin = ("{\"id\":\"s1\",\"text\":\"" + ARTICLE + "\"}\n").getBytes(StandardCharsets.UTF_8);
        List<InputRecord> out = new ArrayList<>();
        try (ArticleReader r = new ArticleReader(List.of("-"), ReadOptions.defaults(), new ByteArrayInputStream(stdin))) {
            r.forEachRemaining(out::add);
        }
        assertThat(out).hasSize(1);
        assertThat(article(out.get(0)).id()).isEqualTo("s1");
    }
}
