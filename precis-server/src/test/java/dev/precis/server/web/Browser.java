package dev.precis.server.web;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium and its driver, found at their package paths (nothing is downloaded);
 * a test that needs them is skipped, saying why, where they are not installed.
 */
final class Browser {
    static final File CHROMIUM = new File(System.getProperty("precis.chromium", "/usr/bin/chromium"));
    static final File DRIVER = new File(System.getProperty("precis.chromedriver", "/usr/bin/chromedriver"));

    /** Selenium warns on every start that it has no DevTools bindings for this Chromium; the tests use none. */
    private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM.setLevel(java.util.logging.Level.SEVERE);
    }

    private Browser() {
    }

    /**
     * Chromium makes a folder for its process lock in the temporary folder at every start and leaves it
     * there when the driver quits it ({@code org.chromium.Chromium.*}); so the browser is given
     * {@code temp}, a folder of the test's own that the test removes, as its temporary folder.
     */
    static ChromeDriver open(int width, int height, Path temp) {
        assumeTrue(CHROMIUM.canExecute() && DRIVER.canExecute(),
                "browser tests skipped: " + CHROMIUM + " or " + DRIVER + " is missing "
                        + "(apt-get install -y chromium chromium-driver; .ci/run does this)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                .usingAnyFreePort().withEnvironment(Map.of("TMPDIR", temp.toString())).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }
}
