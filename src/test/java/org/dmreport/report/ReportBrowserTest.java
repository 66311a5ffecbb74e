package org.dmreport.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.dmreport.cli.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The HTML report as people see it, in Debian's headless Chromium (which .ci/run installs): at
 * desktop and phone widths, without console errors, with the timelines drawn, and inert when a
 * dump holds markup. Screenshots are kept under target/screenshots.
 */
class ReportBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    /** Deque's axe-core, at the version src/test/node/package-lock.json pins (bin/test installs it). */
    private static final Path AXE = Path.of("src/test/node/node_modules/axe-core/axe.min.js");

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ChromeDriver driver;
    private static Path reports;

    @BeforeAll
    static void start() throws IOException {
        assertTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver are needed: bin/test installs them");
        assertTrue(Files.isRegularFile(AXE), "axe-core is needed: bin/test installs it (npm ci in src/test/node)");
        reports = Files.createTempDirectory("dmreport-browser");
        assertEquals(0, html(reports.resolve("samples.html"), "samples/captures"));
        assertEquals(0, html(reports.resolve("hostile.html"), "src/test/resources/reports/hostile"));
        Path fleet = reports.resolve("fleet");
        assertEquals(
                0,
                Cli.run("generate", "--clusters", "3", "--seed", "1", "-o", fleet.toString())
                        .code());
        assertEquals(0, html(reports.resolve("fleet.html"), fleet.toString()));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createTempDirectory("dmreport-chromium"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        driver = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    /** The exit code of an HTML report of {@code input} into {@code file}. */
    private static int html(Path file, String input) {
        return Cli.run("report", "-f", "html", "-o", file.toString(), input).code();
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static void open(String file, int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        driver.get(reports.resolve(file).toUri().toString());
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static List<LogEntry> severeConsoleEntries() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
    }

    @Test
    void desktopShowsTheStoryWithoutConsoleErrors() throws IOException {
        open("samples.html", 1366, 900);
        List<WebElement> timelines = driver.findElements(By.cssSelector("svg.timeline"));
        assertEquals(2, timelines.size());
        for (WebElement timeline : timelines) {
            assertTrue(timeline.isDisplayed() && timeline.getSize().getWidth() > 600, "timeline drawn");
            assertTrue(timeline.findElements(By.cssSelector("rect.seg")).size() >= 3, "stage segments drawn");
        }
        assertEquals(
                "Stopped",
                driver.findElement(By.cssSelector("#overview tbody tr:first-child .verdict"))
                        .getText());
        screenshot("report-desktop.png");
        assertEquals(List.of(), severeConsoleEntries());
    }

    @Test
    void phoneWidthKeepsTablesScrollableAndTimelinesVisible() throws IOException {
        open("samples.html", 390, 844);
        WebElement timeline = driver.findElement(By.cssSelector("svg.timeline"));
        assertTrue(timeline.isDisplayed());
        Number pageWidth =
                (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
        assertTrue(pageWidth.intValue() <= 400, "the page itself does not scroll sideways: " + pageWidth);
        screenshot("report-phone.png");
        assertEquals(List.of(), severeConsoleEntries());
    }

    /** Tables whose content is wider than their box at desktop width, by caption. */
    private static List<String> clippedTables() {
        @SuppressWarnings("unchecked")
        List<String> clipped = (List<String>)
                ((JavascriptExecutor) driver)
                        .executeScript(
                                "return Array.from(document.querySelectorAll('.table-wrap'))"
                                        + ".filter(function (w) { return w.scrollWidth > w.clientWidth + 1; })"
                                        + ".map(function (w) { return w.getAttribute('aria-label') + ': ' + w.scrollWidth + ' > ' + w.clientWidth; });");
        return clipped;
    }

    @Test
    void noTableIsClippedAtDesktopWidth() throws IOException {
        for (String page : List.of("samples.html", "fleet.html")) {
            open(page, 1366, 900);
            assertEquals(List.of(), clippedTables(), page);
        }
        open("samples.html", 1366, 3000);
        elementShot("#task-billing", "task-desktop.png");
        open("samples.html", 390, 3000);
        elementShot("#task-billing", "task-phone.png");
    }

    @Test
    void theIncidentsAreOnTheFirstScreenAndKeptAsPictures() throws IOException {
        open("samples.html", 1366, 900);
        WebElement first = driver.findElement(By.cssSelector("article.incident"));
        assertTrue(
                first.getLocation().getY() < 900,
                "the first incident starts on the first screen: " + first.getLocation());
        assertEquals(4, driver.findElements(By.cssSelector("article.incident")).size());
        assertTrue(
                first.findElements(By.cssSelector("svg.incident-chart rect.band"))
                                .size()
                        >= 2,
                "its episodes drawn on its own timeline");
        open("samples.html", 1366, 3000);
        elementShot("#incidents", "incidents-desktop.png");
        open("samples.html", 390, 3000);
        Number pageWidth =
                (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
        assertTrue(pageWidth.intValue() <= 400, "the page itself does not scroll sideways: " + pageWidth);
        elementShot("#incidents", "incidents-phone.png");
    }

    /** Keeps a picture of one element of the page, whole when the window is tall enough. */
    private static void elementShot(String css, String name) throws IOException {
        WebElement element = driver.findElement(By.cssSelector(css));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true);", element);
        File shot = element.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void sortingIsAnEnhancement() {
        open("samples.html", 1366, 900);
        WebElement heading = driver.findElement(By.cssSelector("#overview table.sortable thead th:first-child"));
        heading.click();
        assertEquals("ascending", heading.getAttribute("aria-sort"));
    }

    @Test
    void theFleetMatrixLeadsToEachClustersTask() throws IOException {
        open("fleet.html", 1366, 900);
        List<WebElement> rows = driver.findElements(By.cssSelector("#fleet tbody tr"));
        assertEquals(3, rows.size());
        screenshot("report-fleet-desktop.png");
        WebElement cell = driver.findElement(By.cssSelector("#fleet a[href='#cluster-cluster-b-task-orders']"));
        cell.click();
        assertEquals(
                "#cluster-cluster-b-task-orders", ((JavascriptExecutor) driver).executeScript("return location.hash;"));
        assertTrue(driver.findElement(By.id("cluster-cluster-b-task-orders-title"))
                .getText()
                .startsWith("Task orders in cluster-b"));
        assertEquals(6, driver.findElements(By.cssSelector("svg.timeline")).size(), "two tasks in each of 3 clusters");
        open("fleet.html", 390, 844);
        Number pageWidth =
                (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
        assertTrue(pageWidth.intValue() <= 400, "the page itself does not scroll sideways: " + pageWidth);
        screenshot("report-fleet-phone.png");
        assertEquals(List.of(), severeConsoleEntries());
    }

    /**
     * The serious and critical accessibility violations axe-core finds in the page open now, one
     * line each: rule, what it asks, and the first elements concerned.
     */
    private static List<String> seriousViolations() throws IOException {
        driver.executeScript(Files.readString(AXE));
        Object result = driver.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']})"
                        + ".then(function (r) { done(JSON.stringify(r.violations)); }, function (e) { done('failed: ' + e); });");
        assertTrue(String.valueOf(result).startsWith("["), String.valueOf(result));
        List<String> serious = new ArrayList<>();
        for (JsonNode v : JSON.readTree(String.valueOf(result))) {
            String impact = v.path("impact").asString("");
            if (impact.equals("serious") || impact.equals("critical")) {
                List<String> targets = new ArrayList<>();
                v.get("nodes").forEach(n -> targets.add(n.get("target").toString()));
                serious.add(impact + " " + v.get("id").asString() + ": "
                        + v.get("help").asString() + " ("
                        + targets.size() + " elements, such as " + targets.subList(0, Math.min(3, targets.size()))
                        + ")");
            }
        }
        return serious;
    }

    private static void colourScheme(String scheme) {
        driver.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    @Test
    void axeFindsNothingSeriousInLightOrDarkAtEitherWidth() throws IOException {
        List<String> found = new ArrayList<>();
        try {
            for (String page : List.of("samples.html", "fleet.html")) {
                for (String scheme : List.of("light", "dark")) {
                    colourScheme(scheme);
                    for (int width : new int[] {1366, 390}) {
                        open(page, width, 900);
                        seriousViolations().forEach(v -> found.add(page + ", " + scheme + ", " + width + " px: " + v));
                    }
                }
            }
        } finally {
            colourScheme("light");
        }
        assertEquals(List.of(), found, String.join("\n", found));
    }

    @Test
    void markupFromADumpStaysInert() throws IOException {
        open("hostile.html", 1366, 900);
        Object pwned =
                ((JavascriptExecutor) driver).executeScript("return window.__pwned === undefined ? 'no' : 'yes';");
        assertEquals("no", pwned);
        assertEquals(
                0,
                driver.findElements(By.cssSelector("main img, main a[href^='javascript']"))
                        .size());
        assertTrue(driver.getPageSource().contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;"));
        screenshot("report-hostile.png");
        assertEquals(List.of(), severeConsoleEntries());
    }
}
