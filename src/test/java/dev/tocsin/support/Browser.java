package dev.tocsin.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium, headless, for browser tests: launched once per test class, with a fresh
 * context (no cookies, signed out) for every test. Register it in a {@link TocsinTest} as
 * {@code @RegisterExtension static final Browser browser = new Browser();}.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private Playwright playwright;
    private com.microsoft.playwright.Browser chromium;
    private BrowserContext context;
    private Page page;

    @Override
    public void beforeAll(ExtensionContext extension) throws IOException {
        if (!Files.isExecutable(CHROMIUM)) {
            fail("No browser at " + CHROMIUM + "; install chromium: apt-get install -y chromium");
        }
        Files.createDirectories(SCREENSHOTS);
        // The system Chromium is used, so Playwright must not try to download its own.
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run")));
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        if (playwright != null) {
            playwright.close();
        }
    }

    @Override
    public void beforeEach(ExtensionContext extension) {
        context = chromium.newContext();
        page = context.newPage();
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        context.close();
    }

    /** This test's page; a new one, signed out, for every test. */
    public Page page() {
        return page;
    }

    /** Signs in through the login form as the bootstrap admin, landing on the incident list. */
    public void signIn(String baseUrl) {
        page.navigate(baseUrl + "/login");
        page.locator("input[name=username]").fill("admin");
        page.locator("input[name=password]").fill(TocsinTest.ADMIN_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page).hasURL(baseUrl + "/incidents");
    }

    /** The whole page, as target/screenshots/{name}.png, for a person to look at after the build. */
    public void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
