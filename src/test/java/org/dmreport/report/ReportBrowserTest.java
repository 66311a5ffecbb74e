package org.dmreport.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

/**
 * The HTML report as people see it, in Debian's headless Chromium (which .ci/run installs): at
 * desktop and phone widths, without console errors, with the timelines drawn, and inert when a
 * dump holds markup. Screenshots are kept under target/screenshots.
 */
class ReportBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private static ChromeDriver driver;
    private static Path reports;

    @BeforeAll
    static void start() throws IOException {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver are needed: bin/test installs them");
        reports = Files.createTempDirectory("dmreport-browser");
        assertEquals(0, Cli.run("report", "-f", "html", "-o", reports.resolve("samples.html").toString(),
                "samples/captures").code());
        assertEquals(0, Cli.run("report", "-f", "html", "-o", reports.resolve("hostile.html").toString(),
                "src/test/resources/reports/hostile").code());
        Path fleet = reports.resolve("fleet");
        assertEquals(0, Cli.run("generate", "--clusters", "3", "--seed", "1", "-o", fleet.toString()).code());
        assertEquals(0, Cli.run("report", "-f", "html", "-o", reports.resolve("fleet.html").toString(),
                fleet.toString()).code());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory("dmreport-chromium"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
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
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static List<LogEntry> severeConsoleEntries() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
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
        assertEquals("Stopped", driver.findElement(By.cssSelector("#overview tbody tr:first-child .verdict")).getText());
        screenshot("report-desktop.png");
        assertEquals(List.of(), severeConsoleEntries());
    }

    @Test
    void phoneWidthKeepsTablesScrollableAndTimelinesVisible() throws IOException {
        open("samples.html", 390, 844);
        WebElement timeline = driver.findElement(By.cssSelector("svg.timeline"));
        assertTrue(timeline.isDisplayed());
        Number pageWidth = (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
        assertTrue(pageWidth.intValue() <= 400, "the page itself does not scroll sideways: " + pageWidth);
        screenshot("report-phone.png");
        assertEquals(List.of(), severeConsoleEntries());
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
        assertEquals("#cluster-cluster-b-task-orders", ((JavascriptExecutor) driver).executeScript("return location.hash;"));
        assertTrue(driver.findElement(By.id("cluster-cluster-b-task-orders-title")).getText()
                .startsWith("Task orders in cluster-b"));
        assertEquals(6, driver.findElements(By.cssSelector("svg.timeline")).size(), "two tasks in each of 3 clusters");
        open("fleet.html", 390, 844);
        Number pageWidth = (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
        assertTrue(pageWidth.intValue() <= 400, "the page itself does not scroll sideways: " + pageWidth);
        screenshot("report-fleet-phone.png");
        assertEquals(List.of(), severeConsoleEntries());
    }

    @Test
    void markupFromADumpStaysInert() throws IOException {
        open("hostile.html", 1366, 900);
        Object pwned = ((JavascriptExecutor) driver).executeScript("return window.__pwned === undefined ? 'no' : 'yes';");
        assertEquals("no", pwned);
        assertEquals(0, driver.findElements(By.cssSelector("main img, main a[href^='javascript']")).size());
        assertTrue(driver.getPageSource().contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;"));
        screenshot("report-hostile.png");
        assertEquals(List.of(), severeConsoleEntries());
    }
}
