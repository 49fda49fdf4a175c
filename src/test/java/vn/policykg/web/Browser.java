package vn.policykg.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A real browser for page tests: Debian's headless chromium driven through its chromedriver. The flags
 * keep chromium from reaching for Google's hosts, which this network refuses. One instance per test
 * class; close it after.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final Duration BODY_WAIT = Duration.ofSeconds(10);

    private final ChromeDriver driver;

    public Browser() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER))
            throw new IllegalStateException(
                    "Page tests need Debian's chromium and chromium-driver: apt-get install chromium chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-default-apps",
                "--disable-extensions",
                "--lang=vi",
                "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /** Loads {@code url} and waits for the page, its scripts included, to finish loading. */
    public Browser open(String url) {
        driver.get(url);
        return this;
    }

    public String title() {
        return driver.getTitle();
    }

    /**
     * The text a reader sees on the page. Chromium on a loaded machine has once answered a search for the
     * body right after a load with "no such element", so the body is waited for; if none comes, the error
     * names the address and how the document began, which says what was served instead.
     */
    public String text() {
        List<WebElement> body = await("body", BODY_WAIT);
        if (body.isEmpty()) {
            String source = driver.getPageSource();
            throw new IllegalStateException("No <body> at " + driver.getCurrentUrl() + " after " + BODY_WAIT
                    + "; the document began: " + source.substring(0, Math.min(source.length(), 500)));
        }
        return body.getFirst().getText();
    }

    public List<WebElement> find(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    /** Waits up to {@code timeout} for an element matching {@code cssSelector}; empty if none came. */
    public List<WebElement> await(String cssSelector, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        List<WebElement> found = find(cssSelector);
        while (found.isEmpty() && System.nanoTime() < end) {
            sleep();
            found = find(cssSelector);
        }
        return found;
    }

    /** Absolute addresses of every link on the page. */
    public List<String> links() {
        return find("a[href]").stream()
                .map(a -> a.getDomAttribute("href") == null ? null : a.getDomProperty("href"))
                .filter(h -> h != null && !h.isBlank())
                .distinct()
                .toList();
    }

    /** Console messages at SEVERE level (errors, failed loads, CSP violations) since the last call. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Runs a script in the page, for what the DOM alone does not show. */
    public Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    /** A PNG screenshot, for a person to look at. */
    public void screenshot(Path file) {
        try {
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
