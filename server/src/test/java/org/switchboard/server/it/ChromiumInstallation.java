package org.switchboard.server.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the browser tests find a Chromium or Chrome and the chromedriver that drives it. The system properties
 * {@code it.chromium} and {@code it.chromedriver} (absolute paths to the executables; pass them to Maven as
 * {@code -Dit.chromium=... -Dit.chromedriver=...}) win; otherwise each is looked up on the {@code PATH} under its
 * usual names ({@code chromium}, {@code chromium-browser}, {@code google-chrome}, {@code google-chrome-stable},
 * {@code chrome}; {@code chromedriver}, {@code chromium.chromedriver}), then in the usual macOS application folders.
 * Nothing is downloaded: Selenium's own driver download is never used, so the tests also run without internet.
 *
 * @param browser the browser executable
 * @param driver  the chromedriver executable
 */
record ChromiumInstallation(Path browser, Path driver) {

    /** System property naming the browser executable. */
    static final String BROWSER_PROPERTY = "it.chromium";
    /** System property naming the chromedriver executable. */
    static final String DRIVER_PROPERTY = "it.chromedriver";

    private static final List<String> BROWSER_NAMES = List.of("chromium", "chromium-browser", "google-chrome",
            "google-chrome-stable", "chrome");
    private static final List<String> DRIVER_NAMES = List.of("chromedriver", "chromium.chromedriver");
    private static final List<Path> MAC_BROWSERS = List.of(
            Path.of("/Applications/Chromium.app/Contents/MacOS/Chromium"),
            Path.of("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"));

    /** What to do when no browser is found; the skip message of the browser tests. */
    static final String HOW_TO_INSTALL = "The admin console's browser tests need Chromium (or Chrome) and its "
            + "chromedriver on the PATH and were skipped. Install them: Debian/Ubuntu `sudo apt-get install chromium "
            + "chromium-driver`, Fedora `sudo dnf install chromium chromedriver`, macOS `brew install --cask chromium "
            + "chromedriver`, Windows `winget install Google.Chrome` plus chromedriver of the same version; or name "
            + "them with -D" + BROWSER_PROPERTY + "=/path/to/chromium -D" + DRIVER_PROPERTY + "=/path/to/chromedriver.";

    /** @return the browser and driver found, or empty when either is missing (see {@link #HOW_TO_INSTALL}) */
    static Optional<ChromiumInstallation> find() {
        Optional<Path> browser = configuredOrSearched(BROWSER_PROPERTY, BROWSER_NAMES, MAC_BROWSERS);
        Optional<Path> driver = configuredOrSearched(DRIVER_PROPERTY, DRIVER_NAMES, List.of());
        return browser.isPresent() && driver.isPresent()
                ? Optional.of(new ChromiumInstallation(browser.get(), driver.get()))
                : Optional.empty();
    }

    private static Optional<Path> configuredOrSearched(String property, List<String> names, List<Path> fallbacks) {
        String configured = System.getProperty(property, "").strip();
        if (!configured.isEmpty()) {
            Path path = Path.of(configured);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        List<Path> candidates = new ArrayList<>();
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (folder.isBlank()) {
                continue;
            }
            for (String name : names) {
                candidates.add(Path.of(folder, windows ? name + ".exe" : name));
            }
        }
        candidates.addAll(fallbacks);
        return candidates.stream().filter(path -> Files.isRegularFile(path) && Files.isExecutable(path)).findFirst();
    }
}
