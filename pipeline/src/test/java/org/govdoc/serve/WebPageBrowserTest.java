package org.govdoc.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page in a real browser: headless Chromium (Debian's chromium and chromium-driver, which
 * .ci/run installs) against an index of the committed samples. Searches, clicks a facet, sees the
 * chart drawn, reloads the link, opens a document, saves screenshots under target/.
 */
class WebPageBrowserTest {

    /** Debian's paths; -Dgovdoc.chromium and -Dgovdoc.chromedriver name others. */
    static final Path CHROMIUM = Path.of(System.getProperty("govdoc.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("govdoc.chromedriver", "/usr/bin/chromedriver"));

    @TempDir
    static Path tmp;
    static SearchBackend backend;
    static ApiServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "chromium and chromium-driver are not installed (.ci/run installs them)");
        SampleIndex sample = SampleIndex.build(tmp);
        backend = SearchBackend.open(sample.index());
        server = ApiServer.start(new ApiRoutes(backend, null, 1_000_000), ServeSettings.loopback(0));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=zh-CN", "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium-profile")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1500, 1000));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
            backend.close();
        }
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private static List<WebElement> hits() {
        return browser.findElements(By.cssSelector("#results li.hit"));
    }

    private static long paintedPixels() {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "const c = document.getElementById('chart');"
                        + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                        + "let n = 0; for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; } return n;")).longValue();
    }

    private static void screenshot(String name) throws Exception {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(target)).isGreaterThan(10_000);
    }

    @Test
    void searchFacetChartShareableLinkAndDocumentView() throws Exception {
        browser.get(server.base().toString());
        WebElement q = browser.findElement(By.id("q"));
        q.sendKeys("满意度");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("kind"))).selectByValue("indicator");
        waiting().until(d -> d.getCurrentUrl().contains("kind=indicator"));
        browser.findElement(By.id("go")).click();
        // the results shown are those of this search (not of the kind chosen before it)
        waiting().until(d -> d.getCurrentUrl().contains("q=") && !hits().isEmpty()
                && String.valueOf(d.findElement(By.id("results")).getAttribute("data-query")).contains("q="));
        assertThat(hits()).allSatisfy(h -> assertThat(h.getAttribute("data-kind")).isEqualTo("indicator"));
        assertThat(browser.findElements(By.cssSelector("#results mark"))).isNotEmpty()
                .allSatisfy(m -> assertThat(m.getText()).contains("满意"));

        // the chart is drawn: bars, and pixels on the canvas
        waiting().until(d -> Integer.parseInt(d.findElement(By.id("chart")).getAttribute("data-bars")) > 0);
        assertThat(paintedPixels()).isGreaterThan(2000);
        screenshot("serve-page.png");

        // a facet filters when clicked: the total becomes its count, every hit is of its district
        WebElement facet = browser.findElements(By.cssSelector("a.facet[data-facet=district]")).get(0);
        String district = facet.getAttribute("data-value");
        String count = facet.findElement(By.cssSelector(".count")).getText();
        facet.click();
        String encoded = URLEncoder.encode(district, StandardCharsets.UTF_8);
        waiting().until(d -> d.getCurrentUrl().contains("district=" + encoded)
                && count.equals(d.findElement(By.id("results")).getAttribute("data-total")));
        assertThat(hits()).hasSize(Integer.parseInt(count))
                .allSatisfy(h -> assertThat(h.findElement(By.cssSelector(".meta")).getText()).contains(district));

        // the link holds the state: reloading it shows the same search
        String link = browser.getCurrentUrl();
        browser.get("about:blank");
        browser.get(link);
        waiting().until(d -> count.equals(d.findElement(By.id("results")).getAttribute("data-total")));
        assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("满意度");
        assertThat(browser.findElement(By.id("district")).getAttribute("value")).isEqualTo(district);

        // a document: its values with their provenance and the text around them
        String title = hits().get(0).findElement(By.cssSelector(".title")).getText();
        hits().get(0).findElement(By.cssSelector(".title")).click();
        waiting().until(d -> d.findElement(By.id("doc-view")).isDisplayed()
                && !d.findElements(By.cssSelector("#doc-values tr.value")).isEmpty());
        assertThat(browser.getCurrentUrl()).contains("doc=");
        assertThat(browser.findElement(By.id("search-view")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("doc-title")).getText()).isEqualTo(title);
        List<WebElement> indicators = browser.findElements(By.cssSelector("#doc-values tr.value[data-group=indicator]"));
        assertThat(indicators).isNotEmpty();
        assertThat(indicators.get(0).findElement(By.cssSelector(".where")).getText()).contains("表", "行");
        String id = browser.getCurrentUrl().replaceFirst(".*[?&]doc=([0-9a-f]{64}).*", "$1");
        int warnings = backend.record(id).orElseThrow().warnings().size();
        assertThat(browser.findElements(By.cssSelector("#doc-warnings li.warning"))).hasSize(warnings);
        screenshot("serve-document.png");

        // back to the results
        browser.navigate().back();
        waiting().until(d -> d.findElement(By.id("search-view")).isDisplayed() && !hits().isEmpty());
        assertThat(browser.getCurrentUrl()).doesNotContain("doc=").contains("district=" + encoded);
        assertThat(browser.findElement(By.id("error")).isDisplayed()).isFalse();
    }
}
