package io.vigil.e2e.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's Chromium, headless, driven by Playwright (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 comes from failsafe:
 * test tools may not fetch a browser here; deploy/local/chromium-ensure installs this one). Pages open at the
 * size of a 1366x768 laptop screen, the smallest the console is made for.
 */
public final class Chromium implements AutoCloseable {

    /** The flags PLATFORM-NOTES lists for Chromium on these machines (no sandbox: tests run as root). */
    private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

    private final Playwright playwright;
    private final Browser browser;
    private final Path screenshots;

    private Chromium(Playwright playwright, Browser browser, Path screenshots) {
        this.playwright = playwright;
        this.browser = browser;
        this.screenshots = screenshots;
    }

    public static Chromium launch(StackLayout layout) {
        Path executable = Path.of(System.getProperty("vigil.e2e.chromium", "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException(executable + " is missing: run deploy/local/chromium-ensure (the test "
                    + "command does), or point -Dvigil.e2e.chromium at a Chromium");
        }
        Playwright playwright = Playwright.create();
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(executable).setHeadless(true).setArgs(FLAGS));
            Path screenshots = layout.work().resolve("screenshots");
            Files.createDirectories(screenshots);
            return new Chromium(playwright, browser, screenshots);
        } catch (IOException e) {
            playwright.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** A fresh browser profile (no cookies) with one page at laptop size. */
    public Page newPage() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768)).newPage();
    }

    /** Signs in on Keycloak's login page from the console's front door and waits to be back on the console. */
    public static void signIn(Page page, String user) {
        page.navigate(App.CONSOLE.uri("/").toString());
        page.locator("#username").fill(user);
        page.locator("#password").fill(user);
        page.locator("#kc-login").click();
        page.waitForURL(url -> url.startsWith(App.CONSOLE.uri("/").toString()));
    }

    /** Saves what the 1366x768 window shows (not the whole page), as {@code <name>.png}. */
    public Path viewport(Page page, String name) {
        Path file = screenshots.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(false));
        return file;
    }

    /** Saves a full-page screenshot as {@code e2e/target/screenshots/<name>.png} and returns its path. */
    public Path screenshot(Page page, String name) {
        Path file = screenshots.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
