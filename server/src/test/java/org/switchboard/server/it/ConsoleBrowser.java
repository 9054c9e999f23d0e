package org.switchboard.server.it;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium or Chrome (found by {@link ChromiumInstallation}: on the PATH or named by
 * {@code -Dit.chromium}/{@code -Dit.chromedriver}; {@code .ci/run} installs Debian's {@code chromium} and
 * {@code chromium-driver} when missing) driving the admin console, with the waits and screenshots the console tests
 * share. The browser starts with the flags a closed network needs (no background networking, no component updates)
 * and a fresh profile.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final Path screenshots;

    private ConsoleBrowser(ChromeDriver driver, Path screenshots) {
        this.driver = driver;
        this.screenshots = screenshots;
    }

    /**
     * @return a browser on an empty page
     * @throws IllegalStateException when no Chromium or chromedriver is installed ({@link ChromiumInstallation})
     */
    static ConsoleBrowser start() {
        ChromiumInstallation installation = ChromiumInstallation.find()
                .orElseThrow(() -> new IllegalStateException(ChromiumInstallation.HOW_TO_INSTALL));
        String binary = installation.browser().toString();
        Path driverPath = installation.driver();
        ChromeOptions options = new ChromeOptions().setBinary(binary).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1400,1000",
                "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driverPath.toFile())
                .usingAnyFreePort().build();
        Path screenshots = Path.of(System.getProperty("it.screenshots", "target/console-screenshots"));
        return new ConsoleBrowser(new ChromeDriver(service, options), screenshots);
    }

    /** Opens the console signed out, then signs in with the given account (or shows the sign-in error). */
    void signIn(String user, String password) {
        driver.get(ItEnvironment.BASE_URL + "/admin/");
        driver.executeScript("sessionStorage.clear()");
        driver.navigate().refresh();
        WebElement userField = waitFor(By.id("user"));
        userField.clear();
        userField.sendKeys(user);
        WebElement passwordField = driver.findElement(By.id("password"));
        passwordField.clear();
        passwordField.sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
    }

    /** Opens a console page by its menu link, e.g. {@code plugins}. */
    void open(String page) {
        waitFor(By.id("nav-" + page)).click();
        await().atMost(WAIT).until(() -> driver.getCurrentUrl().endsWith("#/" + page));
    }

    /** Navigates to a console address, e.g. {@code #/conversations/12}. */
    void go(String hash) {
        driver.get(ItEnvironment.BASE_URL + "/admin/" + hash);
    }

    /** @return the element once it is there and displayed */
    WebElement waitFor(By by) {
        return await().atMost(WAIT).ignoreExceptions().until(() -> {
            List<WebElement> found = driver.findElements(by);
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        }, e -> e != null);
    }

    /** Waits until the element's text contains the given text; returns its text. */
    String waitForText(By by, String text) {
        return await().atMost(WAIT).ignoreExceptions().until(() -> driver.findElement(by).getText(), t -> t.contains(text));
    }

    /** Types into a field, replacing what it held. */
    void type(By by, String text) {
        WebElement field = waitFor(by);
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks the element once it is displayed and enabled. */
    void click(By by) {
        await().atMost(WAIT).ignoreExceptions().until(() -> {
            WebElement element = driver.findElement(by);
            if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
            }
            element.click();
            return true;
        });
    }

    /** @return whether an element matching is present now */
    boolean has(By by) {
        return !driver.findElements(by).isEmpty();
    }

    /** Saves a PNG of the page as {@code <name>.png} in the test artifacts ({@code target/console-screenshots}). */
    void screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), screenshots.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
