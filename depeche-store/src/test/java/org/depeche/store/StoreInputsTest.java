package org.depeche.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.depeche.io.InputRecord;
import org.depeche.io.ReadOptions;
import org.depeche.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class StoreInputsTest {

    @TempDir
    Path tmp;

    private List<InputRecord> read(String... inputs) {
        List<InputRecord> out = new ArrayList<>();
        try (StoreInputs in = new StoreInputs(List.of(inputs), ReadOptions.defaults(), System.in)) {
            in.forEachRemaining(out::add);
        }
        return out;
    }

    private static Document doc(InputRecord r) {
        assertThat(r).isInstanceOf(InputRecord.Article.class);
        return ((InputRecord.Article) r).document();
    }

    @Test
    void rssItemsBecomeArticlesWithLinkDateAndContentOrDescription() throws Exception {
        Path feed = tmp.resolve("actu.rss");
        Files.writeString(feed, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
                <title>Le Journal du Val</title><link>https://journal.example/</link><language>fr-FR</language>
                <item><title>Un pont rouvert</title><link>https://journal.example/pont</link>
                  <guid>journal-1</guid><pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate>
                  <description>Résumé court.</description>
                  <content:encoded><![CDATA[<p>Le pont de la vallée a rouvert mardi.</p><p>Les habitants sont soulagés.</p>]]></content:encoded>
                </item>
                <item><title>Sans corps</title><link>https://journal.example/vide</link></item>
                <item><title>Une brève</title><link>https://journal.example/breve</link>
                  <description>La mairie a voté le budget.</description></item>
                </channel></rss>
                """);
        List<InputRecord> records = read(feed.toString());
        assertThat(records).hasSize(3);
        Document first = doc(records.get(0));
        assertThat(first.text()).contains("Le pont de la vallée a rouvert mardi.").contains("Les habitants")
                .doesNotContain("<p>").doesNotContain("Résumé");
        assertThat(first.id()).isEqualTo("journal-1");
        assertThat(first.meta().url()).isEqualTo("https://journal.example/pont");
        assertThat(first.meta().source()).isEqualTo("Le Journal du Val");
        assertThat(first.meta().format()).isEqualTo("rss");
        assertThat(first.published()).isEqualTo(LocalDate.parse("2024-03-05"));
        assertThat(first.lang()).isEqualTo("fr");
        assertThat(records.get(1)).isInstanceOf(InputRecord.Failure.class);
        assertThat(records.get(1).origin()).endsWith("actu.rss#2");
        assertThat(doc(records.get(2)).text()).isEqualTo("La mairie a voté le budget.");
    }

    @Test
    void atomEntriesAreReadToo() throws Exception {
        Path feed = tmp.resolve("news.atom");
        Files.writeString(feed, """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Valley News</title><id>urn:valley</id>
                <updated>2024-03-06T10:00:00Z</updated>
                <entry><title>Bridge</title><id>urn:valley:1</id><link href="https://valley.example/bridge"/>
                  <updated>2024-03-06T10:00:00Z</updated>
                  <content type="html">&lt;p&gt;The valley bridge reopened on Tuesday.&lt;/p&gt;</content></entry>
                </feed>
                """);
        Document d = doc(read(feed.toString()).get(0));
        assertThat(d.text()).isEqualTo("The valley bridge reopened on Tuesday.");
        assertThat(d.meta().url()).isEqualTo("https://valley.example/bridge");
        assertThat(d.meta().format()).isEqualTo("atom");
        assertThat(d.published()).isEqualTo(LocalDate.parse("2024-03-06"));
    }

    @Test
    void aMalformedFeedIsOneFailureAndTheNextInputIsStillRead() throws Exception {
        Path bad = tmp.resolve("broken.rss");
        Files.writeString(bad, "<rss><channel><item><title>unclosed");
        Path ok = tmp.resolve("ok.txt");
        Files.writeString(ok, "La mairie a voté le budget.");
        List<InputRecord> records = read(bad.toString(), ok.toString());
        assertThat(records).hasSize(2);
        assertThat(records.get(0)).isInstanceOf(InputRecord.Failure.class);
        assertThat(records.get(0).toString()).contains("broken.rss").contains("RSS/Atom");
        assertThat(doc(records.get(1)).text()).isEqualTo("La mairie a voté le budget.");
    }

    @Test
    void warcHtmlResponsesBecomeArticlesWithTargetAndDateOthersAreSkipped() throws Exception {
        Path warc = tmp.resolve("crawl.warc");
        try (WarcWriter w = new WarcWriter(warc)) {
            w.write(response("https://journal.example/a", "text/html; charset=utf-8", 200,
                    "<html><head><title>A</title></head><body><p>Le conseil a voté la rénovation de la gare.</p></body></html>"));
            w.write(response("https://journal.example/logo.png", "image/png", 200, "PNG"));
            w.write(response("https://journal.example/missing", "text/html", 404, "<html><body><p>Absente</p></body></html>"));
            w.write(response("https://journal.example/empty", "text/html", 200, "<html><body></body></html>"));
        }
        List<InputRecord> records = read(warc.toString());
        assertThat(records).hasSize(2);
        Document d = doc(records.get(0));
        assertThat(d.text()).isEqualTo("Le conseil a voté la rénovation de la gare.");
        assertThat(d.id()).isEqualTo("https://journal.example/a");
        assertThat(d.meta().url()).isEqualTo("https://journal.example/a");
        assertThat(d.meta().format()).isEqualTo("warc");
        assertThat(d.published()).isEqualTo(LocalDate.parse("2024-03-07"));
        assertThat(records.get(1)).isInstanceOf(InputRecord.Failure.class);
        assertThat(records.get(1).origin()).matches(".*crawl\\.warc@\\d+");
    }

    private static WarcResponse response(String uri, String type, int status, String body) throws Exception {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(URI.create(uri)).date(Instant.parse("2024-03-07T09:00:00Z")).body(http).build();
    }

    @Test
    void aFolderOfArticlesBesideAnnotationFilesReadsOnlyTheArticles() throws Exception {
        Path folder = folder("docs",
                "2024_03_09-001.txt", "La gare rouvre demain.",
                "2024_03_09-001.gold.json", "{\"annotations\": []}",
                "notes.xml", "<notes><n>pas un flux</n></notes>");
        List<InputRecord> records = read(folder.toString());
        assertThat(records).hasSize(1);
        Document d = doc(records.get(0));
        assertThat(d.id()).isEqualTo("2024_03_09-001");
        assertThat(d.published()).isEqualTo(LocalDate.parse("2024-03-09"));
    }

    @Test
    void anUndatedArticleTakesThePublicationDateOfTheGoldFileBesideIt() throws Exception {
        Path folder = folder("gold",
                "gare.fr.txt", "La gare rouvre demain.",
                "gare.fr.gold.json", "{\"doc\": \"gare.fr\", \"published\": \"2024-03-10\"}");
        assertThat(doc(read(folder.toString()).get(0)).published()).isEqualTo(LocalDate.parse("2024-03-10"));
    }

    @Test
    void aMetaFileBesideAnArticleGivesItsDateUrlSourceTitleAndIdOverTheFileName() throws Exception {
        Path folder = folder("meta",
                "2024_03_09-002.txt", "La gare rouvre demain.",
                "2024_03_09-002.meta.json", "{\"published\": \"2024-03-12\", \"url\": \"https://example.org/gare\","
                        + " \"source\": \"Le Courrier\", \"title\": \"La gare\", \"id\": \"gare-12\"}");
        List<InputRecord> records = read(folder.toString());
        assertThat(records).hasSize(1);
        Document d = doc(records.get(0));
        assertThat(d.id()).isEqualTo("gare-12");
        assertThat(d.published()).isEqualTo(LocalDate.parse("2024-03-12"));
        assertThat(d.meta().url()).isEqualTo("https://example.org/gare");
        assertThat(d.meta().source()).isEqualTo("Le Courrier");
        assertThat(d.meta().title()).isEqualTo("La gare");
        assertThat(d.text()).isEqualTo("La gare rouvre demain.");
    }

    @Test
    void aMetaFileWithAnUnknownFieldOrABadDateIsAFailureNamingIt() throws Exception {
        Path folder = folder("badmeta",
                "a.txt", "La gare rouvre demain.",
                "a.meta.json", "{\"publised\": \"2024-03-12\"}",
                "b.txt", "Le pont ferme lundi.",
                "b.meta.json", "{\"published\": \"mardi\"}");
        List<InputRecord> records = read(folder.toString());
        assertThat(records).hasSize(2).allSatisfy(r -> assertThat(r).isInstanceOf(InputRecord.Failure.class));
        assertThat(records.get(0).origin()).endsWith("a.meta.json");
        assertThat(records.get(0).toString()).contains("publised");
        assertThat(records.get(1).toString()).contains("not a date");
    }

    /** A folder under the test's temporary one holding these files: name, content, name, content… */
    private Path folder(String name, String... files) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve(name));
        for (int i = 0; i < files.length; i += 2) {
            Files.writeString(folder.resolve(files[i]), files[i + 1]);
        }
        return folder;
    }
}
