package io.vigil.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import io.vigil.e2e.support.Api;
import io.vigil.e2e.support.App;
import io.vigil.e2e.support.Chromium;
import io.vigil.e2e.support.Reply;
import io.vigil.e2e.support.Stack;
import io.vigil.e2e.support.StackLayout;
import io.vigil.e2e.support.VigilStack;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An investigator's day in a real Chromium: Keycloak's login page, My queue, claim-next, the case page, a note,
 * an evidence upload seen blurred and then revealed. Full-page screenshots of each page are saved under
 * e2e/target/screenshots/ for people to look at.
 */
@ExtendWith(VigilStack.class)
class ConsoleBrowserIT {

    /** Page loads per timing, of which the best and the median are printed. */
    private static final int LOADS = 10;

    private static Chromium chromium;

    @BeforeAll
    static void launch() {
        chromium = Chromium.launch(StackLayout.fromSystemProperties());
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void consoleIsPartOfTheRun(Stack stack) {
        assumeTrue(stack.runs(App.CONSOLE), "console/target/quarkus-app is not built");
    }

    @Test
    void ivyClaimsACaseFromHerQueueAndWorksItInTheBrowser(Stack stack) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String queueName = "E2E watches " + tag;
        openQueue(stack, queueName, "e2e-" + tag);
        JsonNode kase = openCase(stack, "e2e-" + tag, "Counterfeit watches " + tag);
        Page page = chromium.newPage();

        signIn(page, "ivy");
        assertThat(page).hasURL(Pattern.compile(".*/queue$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My queue"))).isVisible();
        Locator row = page.locator("tr", new Page.LocatorOptions().setHas(page.getByText(queueName)));
        assertThat(row.locator(".waiting")).containsText("1");
        chromium.screenshot(page, "01-my-queue");

        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Claim next case from " + queueName))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/cases/" + kase.path("id").asText() + "\\?done=claimed$"));
        assertThat(page.locator("h1")).containsText(kase.path("ref").asText());
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("You claimed this case");
        assertThat(page.locator(".facts")).containsText("ivy");

        page.getByLabel("New note").fill("Seller **reuses** stock photos.\n\n- ask the buyer for the receipt");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add note")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Note added");
        assertThat(page.locator(".note-body strong")).hasText("reuses");

        page.getByText("Add evidence").click();
        page.getByLabel("File").setInputFiles(evidenceImage(tag));
        page.getByLabel("Description").first().fill("Photo from the listing");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Evidence added");
        Locator media = page.locator("figure.media");
        assertThat(media).hasClass(Pattern.compile("media-blur"));
        Locator guidance = page.locator("section[data-panel='SOP guidance']");
        assertThat(guidance.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("SOP guidance")))
                .isVisible();
        assertThat(guidance).not().containsText("Not available");
        Locator enforcement = page.locator("section[data-panel='Enforcement actions']");
        assertThat(enforcement.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Request an action")))
                .isVisible();
        page.locator("figure.media img").evaluate("img => img.decode()");
        chromium.screenshot(page, "02-case-detail");

        media.getByRole(AriaRole.BUTTON).focus();
        page.keyboard().press("Enter");
        assertThat(media).hasClass(Pattern.compile("revealed"));
        assertThat(media.getByRole(AriaRole.BUTTON)).hasAttribute("aria-pressed", "true");
        chromium.screenshot(page, "03-case-evidence-revealed");

        page.navigate(App.CONSOLE.uri("/cases?assignee=me").toString());
        assertThat(page.locator("table.cases")).containsText(kase.path("ref").asText());
        chromium.screenshot(page, "04-case-list");

        page.navigate(App.CONSOLE.uri("/preferences").toString());
        assertThat(page.getByLabel("Blurred and greyscale until I reveal each item")).isChecked();
        chromium.screenshot(page, "05-preferences");
        page.context().close();
    }

    @Test
    void myQueueAndTheCasePageRenderQuicklyOnTheServer(Stack stack) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        JsonNode kase = openCase(stack, "e2e-" + tag, "Fake chargers " + tag);
        Page page = chromium.newPage();
        signIn(page, "ivy");

        Timings queue = timeToFirstByte(page, "/queue");
        Timings casePage = timeToFirstByte(page, "/cases/" + kase.path("id").asText());
        Timings panel = timeToFirstByte(page, "/cases/" + kase.path("id").asText() + "/enforcements");
        System.out.printf("[vigil-e2e] time to first byte over %d loads (ms): My queue best %.1f median %.1f; "
                + "case page best %.1f median %.1f; enforcement panel best %.1f median %.1f%n", LOADS, queue.best(),
                queue.median(), casePage.best(), casePage.median(), panel.best(), panel.median());
        assertThat(queue.best()).as("time to first byte of My queue, ms").isLessThan(1_000);
        assertThat(casePage.best()).as("time to first byte of the case page, ms").isLessThan(1_000);
        page.context().close();
    }

    /** The server's part of page loads (request sent to first byte), in milliseconds. */
    private record Timings(double best, double median) {
    }

    private static Timings timeToFirstByte(Page page, String path) {
        double[] times = new double[LOADS];
        for (int i = 0; i < LOADS; i++) {
            page.navigate(App.CONSOLE.uri(path).toString());
            times[i] = ((Number) page.evaluate("() => { const n = performance.getEntriesByType"
                    + "('navigation')[0]; return n.responseStart - n.requestStart; }")).doubleValue();
            // The panels a page loads afterwards must not overlap the next load's measurement.
            page.waitForLoadState(LoadState.NETWORKIDLE);
        }
        Arrays.sort(times);
        return new Timings(times[0], (times[LOADS / 2 - 1] + times[LOADS / 2]) / 2);
    }

    private static void signIn(Page page, String user) {
        Chromium.signIn(page, user);
    }

    private static void openQueue(Stack stack, String name, String domain) {
        Reply reply = Api.as(stack.keycloak().passwordToken("lena")).post(App.CASE_SERVICE, "/api/queues",
                Map.of("name", name, "domain", domain, "region", "US"));
        if (reply.status() != 201) {
            throw new AssertionError("expected 201 for a new queue: " + reply);
        }
    }

    private static JsonNode openCase(Stack stack, String domain, String title) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Reply reply = Api.as(stack.keycloak().passwordToken("ivy")).post(App.CASE_SERVICE, "/api/cases", Map.of(
                "domain", domain, "category", "counterfeit", "title", title,
                "description", "Several buyers report the same listing.\nOpened by the end-to-end tests.",
                "region", "US", "severity", "high", "source", "user-report",
                "subjects", List.of(Map.of("type", "listing", "ref", "L-" + tag),
                        Map.of("type", "account", "ref", "A-" + tag))));
        if (reply.status() != 201) {
            throw new AssertionError("expected 201 for a new case: " + reply);
        }
        return reply.json();
    }

    /** A bright, busy picture, so the screenshots show whether the blur hides it. */
    private static Path evidenceImage(String tag) {
        BufferedImage image = new BufferedImage(480, 320, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Color[] colours = {Color.RED, Color.ORANGE, Color.YELLOW, Color.GREEN, Color.BLUE, Color.MAGENTA};
        for (int i = 0; i < colours.length; i++) {
            g.setColor(colours[i]);
            g.fillRect(i * 80, 0, 80, 320);
        }
        g.setColor(Color.BLACK);
        g.drawString("evidence " + tag, 20, 300);
        g.dispose();
        try {
            Path file = StackLayout.fromSystemProperties().work().resolve("listing-" + tag + ".png");
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
