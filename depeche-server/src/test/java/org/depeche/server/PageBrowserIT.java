package org.depeche.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.depeche.extract.AnalysisResult;
import org.depeche.extract.Analyzer;
import org.depeche.model.Document;
import org.depeche.model.Entity;
import org.depeche.model.Event;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real browser: Debian's headless chromium driven by chromium-driver (installed by
 * .ci/browser.sh), over a server with the real French models. The spans drawn on the text are
 * compared with the analyzer's own output for the same text.
 *
 * <p>Without a browser the test is skipped, except under CI (CI=true), where it fails.
 */
class PageBrowserIT {

    private static final Path EXAMPLE = Path.of("../examples/tramway-nantes.fr.txt");
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 12);

    private static Analyzer analyzer;
    private static DepecheServer server;
    /** The store the page opens documents from (the HTTP contract only: ServeStoreIT covers the real one). */
    private static final MemoryStore STORE = new MemoryStore();
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        File chromium = executable("DEPECHE_CHROMIUM", "/usr/bin/chromium");
        File driver = executable("DEPECHE_CHROMEDRIVER", "/usr/bin/chromedriver");
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (chromium == null || driver == null) {
            String why = "no headless browser here (chromium and chromedriver; .ci/browser.sh installs them)";
            if (ci) {
                throw new IllegalStateException(why);
            }
            Assumptions.abort(why);
        }
        analyzer = Analyzer.standard();
        server = new DepecheServer(ServerConfig.defaults().withPort(0), Analysis.of(analyzer), STORE, line -> { })
                .start();
        assertThat(server.awaitReady(Duration.ofMinutes(5))).as("models loaded").isTrue();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        Path profile = Files.createTempDirectory("depeche-chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1440,1000",
                "--force-device-scale-factor=1", "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver)
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    private static File executable(String env, String fallback) {
        String path = System.getenv(env) != null ? System.getenv(env) : fallback;
        File f = new File(path);
        return f.canExecute() ? f : null;
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    /** What the analyzer itself finds for a text sent as the page sends it. */
    private static Document expected(String text) {
        Document doc = Document.of("page", "fr", PUBLISHED, null, text);
        return ((AnalysisResult.Analyzed) analyzer.analyze(doc)).document();
    }

    private static void submit(String text) {
        browser.get(server.uri().toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> "ready".equals(d.findElement(By.id("status")).getAttribute("data-state")));
        WebElement area = browser.findElement(By.id("article"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", area, text);
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                browser.findElement(By.id("published")), PUBLISHED.toString());
        new Select(browser.findElement(By.id("lang"))).selectByValue("fr");
        browser.findElement(By.id("analyze")).click();
        new WebDriverWait(browser, Duration.ofMinutes(2)).until(d -> d.findElement(By.id("result")).isDisplayed()
                && d.findElement(By.id("analyze")).isEnabled());
    }

    /** The text drawn for each span of a kind, by key, pieces joined. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> drawn(String kind) {
        List<List<String>> pairs = (List<List<String>>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('#doc-text [data-kind=\"' + arguments[0] + '\"]'))"
                        + ".map(e => [e.dataset.key, e.textContent]);", kind);
        Map<String, String> out = new LinkedHashMap<>();
        for (List<String> p : pairs) {
            out.merge(p.get(0), p.get(1), String::concat);
        }
        return out;
    }

    private static String count(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static void assertSpansMatch(Document want) {
        assertThat(drawn("mention")).isEqualTo(want.mentions().stream().collect(Collectors.toMap(
                m -> "m:" + m.id(), m -> m.text(), (a, b) -> a, LinkedHashMap::new)));
        assertThat(drawn("quote")).isEqualTo(want.quotes().stream().collect(Collectors.toMap(
                q -> "q:" + q.id(), q -> q.content().text(), (a, b) -> a, LinkedHashMap::new)));
        assertThat(drawn("event")).isEqualTo(want.events().stream().collect(Collectors.toMap(
                v -> "v:" + v.id(), v -> v.trigger().text(), (a, b) -> a, LinkedHashMap::new)));
        assertThat(drawn("time")).isEqualTo(want.timexes().stream().collect(Collectors.toMap(
                t -> "t:" + t.id(), t -> t.text(), (a, b) -> a, LinkedHashMap::new)));
        assertThat(count("n-entities")).isEqualTo(Integer.toString(want.entities().size()));
        assertThat(count("n-quotes")).isEqualTo(Integer.toString(want.quotes().size()));
        assertThat(count("n-events")).isEqualTo(Integer.toString(want.events().size()));
        assertThat(count("n-times")).isEqualTo(Integer.toString(want.timexes().size()));
        assertThat(browser.findElement(By.id("doc-text")).getAttribute("textContent")).isEqualTo(want.text());
    }

    @Test
    void shouldDrawTheExampleArticlesEntitiesQuotesAndTimesAsTheAnalyzerFindsThem() throws Exception {
        String text = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
        Document want = expected(text);
        assertThat(want.mentions()).isNotEmpty();
        assertThat(want.quotes()).isNotEmpty();
        submit(text);
        assertSpansMatch(want);

        // hover: every mention of the same entity lights up, and only those
        Entity entity = want.entities().stream().filter(e -> e.mentions().size() >= 2).findFirst().orElseThrow();
        List<WebElement> ofEntity = browser.findElements(By.cssSelector("#doc-text [data-entity='" + entity.id() + "']"));
        new Actions(browser).moveToElement(ofEntity.get(0)).perform();
        List<WebElement> lit = browser.findElements(By.cssSelector("#doc-text .k-mention.lit"));
        assertThat(lit).hasSameSizeAs(ofEntity).allMatch(e -> entity.id().equals(e.getAttribute("data-entity")));
        assertThat(lit.stream().map(e -> e.getAttribute("data-key")).distinct().count())
                .isEqualTo(entity.mentions().size());

        // a quote's chip names its speaker; a time shows its value
        WebElement quote = browser.findElement(By.cssSelector("#doc-text .k-quote.first"));
        String speaker = want.quotes().get(0).speaker() == null ? "unattributed" : want.quotes().get(0).speaker().text();
        assertThat(quote.getAttribute("data-chip")).startsWith(speaker);
        if (!want.timexes().isEmpty()) {
            assertThat(browser.findElement(By.cssSelector("#doc-text .k-time")).getAttribute("data-tip"))
                    .startsWith(want.timexes().get(0).value());
        }

        // a click on a fact in the side panel scrolls to its words and marks them
        browser.findElement(By.cssSelector(".tabs [data-tab='quotes']")).click();
        browser.findElement(By.cssSelector("#list-quotes .fact")).click();
        assertThat(browser.findElements(By.cssSelector("#doc-text [data-key='q:" + want.quotes().get(0).id()
                + "'].flash"))).isNotEmpty();
        browser.findElement(By.cssSelector(".tabs [data-tab='entities']")).click();
        new Actions(browser).moveToElement(ofEntity.get(0)).perform();
        screenshot("page-example.png");
    }

    @Test
    void shouldShowEventsWithRoleChipsAndInsertArticleTextAsTextNeverAsHtml() throws Exception {
        String text = "🙂 Trois manifestants ont été arrêtés mardi à Lyon par la police, a annoncé la préfecture. "
                + "<script>window.__xss = 1;</script><img src=x onerror=\"window.__xss = 2\"> "
                + "Le ministre de l'Intérieur, Jean Martin, n'a pas démissionné. « Nous resterons fermes », "
                + "a-t-il déclaré jeudi devant les députés.";
        Document want = expected(text);
        assertThat(want.events()).isNotEmpty();
        submit(text);
        assertSpansMatch(want);

        Object xss = ((JavascriptExecutor) browser).executeScript("return window.__xss === undefined;");
        assertThat(xss).isEqualTo(true);
        assertThat(browser.findElements(By.cssSelector("#doc-text script, #doc-text img"))).isEmpty();
        assertThat(browser.findElement(By.id("doc-text")).getText()).contains("<script>window.__xss = 1;</script>");

        // hovering a trigger shows a role chip on each of its arguments
        Event event = want.events().stream().filter(v -> !v.arguments().isEmpty()).findFirst().orElseThrow();
        new Actions(browser).moveToElement(browser.findElement(By.cssSelector(
                "#doc-text .k-event[data-key='v:" + event.id() + "']"))).perform();
        List<String> roles = new ArrayList<>();
        for (WebElement arg : browser.findElements(By.cssSelector("#doc-text .k-arg.active.first"))) {
            roles.add(arg.getAttribute("data-role"));
        }
        assertThat(roles).containsExactlyInAnyOrderElementsOf(event.arguments().stream()
                .filter(a -> a.filler() != null && a.filler().end() > a.filler().start())
                .map(Event.Argument::role).toList());
        screenshot("page-events.png");
    }

    @Test
    void shouldOpenAStoredDocumentByItsIdAndDrawItLikeAPastedOne() throws Exception {
        String text = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
        Document stored = ((AnalysisResult.Analyzed) analyzer.analyze(
                Document.of("stored-example", "fr", PUBLISHED, null, text))).document();
        STORE.put(stored);
        browser.get(server.uri().toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> "ready".equals(d.findElement(By.id("status")).getAttribute("data-state")));
        assertThat(browser.findElement(By.id("stored-box")).isDisplayed()).as("shown when the server has a store")
                .isTrue();

        WebElement id = browser.findElement(By.id("stored-id"));
        id.sendKeys("no-such-document");
        browser.findElement(By.id("open-stored")).click();
        wait.until(d -> d.findElement(By.id("error")).isDisplayed());
        assertThat(browser.findElement(By.id("error")).getText()).contains("no stored document has this id");

        id.clear();
        id.sendKeys("stored-example\n"); // Enter opens it too
        wait.until(d -> d.findElement(By.id("result")).isDisplayed() && !d.findElement(By.id("error")).isDisplayed());
        assertSpansMatch(stored);
    }

    private static void screenshot(String name) throws Exception {
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
