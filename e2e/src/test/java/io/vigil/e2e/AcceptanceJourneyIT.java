package io.vigil.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.vigil.e2e.support.Api;
import io.vigil.e2e.support.App;
import io.vigil.e2e.support.CaseFixtures;
import io.vigil.e2e.support.Chromium;
import io.vigil.e2e.support.FocusStops;
import io.vigil.e2e.support.Reply;
import io.vigil.e2e.support.Stack;
import io.vigil.e2e.support.StackLayout;
import io.vigil.e2e.support.VigilStack;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The acceptance journey in a real Chromium through Keycloak's login page: ivy claims a case by keyboard, walks
 * its SOP to an outcome, requests a ban on the case's account group from a form the walk filled in; lena approves
 * it in her inbox (four-eyes); aud finds both events in the audit trail and sees one's inclusion proof verify
 * against the latest checkpoint with the pinned key. Screenshots: e2e/target/screenshots/journey-*.png.
 */
@ExtendWith(VigilStack.class)
class AcceptanceJourneyIT {

    private static final String SOP = "shop.counterfeit-listing";
    /** The innermost elements whose right edge lies past the window, to name what makes a page too wide. */
    private static final String WIDER_THAN_WINDOW = """
            () => [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > window.innerWidth
                    && ![...e.children].some(c => c.getBoundingClientRect().right > window.innerWidth))
                .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + ' ' + Math.round(e.getBoundingClientRect().right) + 'px').join(', ')""";
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
    void consoleAndDemoSops(Stack stack) {
        assumeTrue(stack.runs(App.CONSOLE), "console/target/quarkus-app is not built");
        Reply seeded = Api.as(stack.keycloak().passwordToken("ada")).post(App.SOP_SERVICE, "/api/admin/demo-seed",
                Map.of());
        assertThat(seeded.status()).as("%s", seeded).isEqualTo(200);
    }

    @Test
    void ivyWalksTheSopAndRequestsABanLenaApprovesItAndTheAuditorSeesBothEventsProvedInTheLog(Stack stack) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Api ivy = Api.as(stack.keycloak().passwordToken("ivy"));
        String queueName = "Counterfeit watch " + tag;
        String queueId = routeCounterfeitCasesToANewQueue(stack, queueName);
        JsonNode kase = ivy.post(App.CASE_SERVICE, "/api/cases", CaseFixtures.counterfeitReport("US",
                "Replica watches " + tag)).json();
        assertThat(kase.path("queueId").asText()).as("the case is routed to the new queue").isEqualTo(queueId);
        String caseId = kase.path("id").asText();
        String account = kase.path("subjects").findValuesAsText("ref").stream().filter(r -> r.startsWith("A-"))
                .findFirst().orElseThrow();
        String groupId = accountGroupOn(ivy, caseId, tag, account);

        Page page = chromium.newPage();
        Chromium.signIn(page, "ivy");
        assertThat(page).hasURL(Pattern.compile(".*/queue$"));
        Locator row = page.locator("tr", new Page.LocatorOptions().setHas(page.getByText(queueName)));
        assertThat(row.locator(".waiting")).containsText("1");
        chromium.screenshot(page, "journey-01-my-queue");

        Locator claim = row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Claim next case from " + queueName));
        assertThat(FocusStops.tabTo(page, claim, 200)).as("Tab reaches the claim button").isTrue();
        assertThat(FocusStops.focusRingShows(page)).as("the claim button shows its focus ring").isTrue();
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/cases/" + caseId + "\\?done=claimed$"));
        Locator guidance = page.locator("section[data-panel='SOP guidance']");
        Locator enforcement = page.locator("section[data-panel='Enforcement actions']");
        assertThat(guidance.getByRole(AriaRole.BUTTON, exactly("rights-owner"))).isVisible();
        assertThat(enforcement.locator("#enf-type")).isVisible();

        theCasePageFitsTheLaptopScreenAndIsKeyboardUsable(page);

        guidance.getByRole(AriaRole.BUTTON, exactly("rights-owner")).click();
        guidance.getByRole(AriaRole.BUTTON, exactly("yes")).click();
        giveTheFactsTheTreeAsksFor(guidance);
        assertThat(guidance.locator(".walk-outcome")).containsText("SUSPEND_SELLER");
        guidance.getByLabel("Or record another outcome").fill("BAN_SELLER");
        guidance.getByRole(AriaRole.BUTTON, exactly("Record")).click();
        assertThat(guidance.locator(".walk-decided")).containsText("Final outcome: BAN_SELLER");

        // The recorded outcome reloads the enforcement panel, whose form starts from the walk.
        assertThat(enforcement.locator(".from-walk")).containsText("outcome BAN_SELLER under " + SOP + " version 1");
        assertThat(enforcement.locator("#enf-type")).hasValue("ban");
        assertThat(enforcement.locator("#enf-sop")).hasValue(SOP);
        assertThat(enforcement.locator("#enf-sop-version")).hasValue("1");
        chromium.screenshot(page, "journey-02-case-guidance-walk");

        enforcement.locator("#enf-group").selectOption(groupId);
        enforcement.locator("#enf-reason").selectOption("SHOP-COUNTERFEIT");
        enforcement.getByLabel("Rationale (the recipient reads it)").fill("Your accounts sold replica watches as "
                + "genuine under one payout card; the accounts are banned.");
        enforcement.getByRole(AriaRole.BUTTON, exactly("Request action")).click();
        assertThat(enforcement.getByRole(AriaRole.STATUS)).containsText("waits for a lead's approval");
        assertThat(enforcement.locator("li.enforcement")).containsText("PENDING_APPROVAL");
        chromium.screenshot(page, "journey-03-enforcement-requested");

        JsonNode action = ivy.get(App.CASE_SERVICE, "/api/cases/" + caseId + "/enforcements").json()
                .path("items").path(0);
        String actionId = action.path("id").asText();
        assertThat(action.path("subjects").findValuesAsText("ref")).contains(account, account + "-2");
        assertThat(action.path("sop").path("key").asText()).isEqualTo(SOP);
        assertThat(action.path("sop").path("decisionPath")).as("the walk's path").isNotEmpty();
        page.context().close();

        leadApproves(account);
        assertThat(ivy.get(App.CASE_SERVICE, "/api/enforcements/" + actionId).json().path("status").asText())
                .isEqualTo("ACTIVE");
        auditorFindsBothEventsAndSeesTheProofVerify(actionId);
    }

    @Test
    void theMainPagesOfLeadsAndSopPeopleRenderForThem(Stack stack) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Reply declared = Api.as(stack.keycloak().passwordToken("lena")).post(App.CASE_SERVICE, "/api/incidents",
                Map.of("title", "Payout ring across sellers " + tag, "description", "One payout card behind many "
                        + "seller accounts", "kind", "coordinated-abuse", "severity", "SEV2", "regions", List.of("US")));
        assertThat(declared.status()).as("%s", declared).isEqualTo(201);
        String incident = declared.json().path("id").asText();
        Page lena = chromium.newPage();
        Chromium.signIn(lena, "lena");
        tour(lena, "/dashboard", "journey-08-lead-dashboard");
        tour(lena, "/incidents", "journey-09-incidents");
        assertThat(lena.locator("main")).containsText("Payout ring across sellers " + tag);
        tour(lena, "/appeals", "journey-10-appeals");
        tour(lena, "/incidents/" + incident, "journey-13-incident");
        tour(lena, "/incidents/" + incident + "/rca/edit", "journey-14-rca-editor");
        assertThat(lena.locator("#summary")).isVisible();
        tour(lena, "/shifts", "journey-15-shifts");
        tour(lena, "/quality", "journey-16-quality");
        lena.context().close();
        Page sam = chromium.newPage();
        Chromium.signIn(sam, "sam");
        tour(sam, "/sops", "journey-11-sop-library");
        assertThat(sam.locator("main")).containsText(SOP);
        tour(sam, "/sops/" + SOP + "/versions/1", "journey-12-sop-version");
        assertThat(sam.locator("main")).containsText("Published");
        sam.context().close();
    }

    /** Opens a page, checks it is a page of its own with no service reported unavailable, and screenshots it. */
    private static void tour(Page page, String path, String screenshot) {
        page.navigate(App.CONSOLE.uri(path).toString());
        assertThat(page.locator("h1")).isVisible();
        assertThat(page.locator("main")).not().containsText("unavailable");
        assertThat(page.locator("main")).not().containsText("could not be loaded");
        fitsTheWindow(page);
        chromium.screenshot(page, screenshot);
    }

    /** A repeat offender's listing: what the SOP's test suite says leads to SUSPEND_SELLER. */
    private static void giveTheFactsTheTreeAsksFor(Locator guidance) {
        Map<String, String> facts = Map.of("seller.priorStrikes", "2", "listing.priceRatio", "0.2",
                "seller.verifiedBrand", "false");
        for (int i = 0; i < facts.size(); i++) {
            Locator next = guidance.locator(".walk-fact, .walk-outcome").first();
            next.waitFor();
            if (!next.getAttribute("class").contains("walk-fact")) {
                return;
            }
            String fact = next.locator("input[name=fact]").getAttribute("value");
            assertThat(facts).as("a fact the tree asks for").containsKey(fact);
            Locator value = next.locator("[name=value]");
            if ("select".equals(value.evaluate("e => e.tagName.toLowerCase()"))) {
                value.selectOption(facts.get(fact));
            } else {
                value.fill(facts.get(fact));
            }
            next.getByRole(AriaRole.BUTTON, exactly("Give")).click();
            assertThat(guidance.locator(".walk-fact input[value='" + fact + "']")).hasCount(0);
        }
    }

    private static void fitsTheWindow(Page page) {
        assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
                .as("%s width at a 1366 px window; elements reaching past it: %s", page.url(),
                        page.evaluate(WIDER_THAN_WINDOW))
                .isLessThanOrEqualTo(1366);
    }

    /** 1366x768: nothing wider than the window; Tab reaches each control of case work with a visible ring. */
    private static void theCasePageFitsTheLaptopScreenAndIsKeyboardUsable(Page page) {
        fitsTheWindow(page);
        List<Predicate<FocusStops.Stop>> wanted = List.of(
                s -> s.name().equals("to"), s -> s.id().equals("note-body"),
                s -> s.name().equals("value") && s.value().equals("rights-owner"), s -> s.id().equals("enf-type"));
        List<FocusStops.Stop> stops = FocusStops.tabUntilAll(page, 400, wanted);
        for (Predicate<FocusStops.Stop> w : wanted) {
            assertThat(stops).as("Tab stops on the case page").anySatisfy(s -> assertThat(w.test(s)).isTrue());
        }
        assertThat(stops.stream().filter(s -> wanted.stream().anyMatch(w -> w.test(s))))
                .as("focus ring on each").allSatisfy(s -> assertThat(s.ring()).as("%s", s).isTrue());
        chromium.viewport(page, "journey-02a-case-keyboard-focus-1366x768");
        System.out.printf("[vigil-e2e] case page: %d Tab stops to reach status, note, guidance answer and the "
                + "enforcement form%n", stops.size());
    }

    private static void leadApproves(String account) {
        Page page = chromium.newPage();
        Chromium.signIn(page, "lena");
        page.navigate(App.CONSOLE.uri("/approvals").toString());
        Locator item = page.locator("li.enforcement").filter(new Locator.FilterOptions().setHasText(account));
        assertThat(item).containsText("Requested by ivy");
        assertThat(item).containsText("SOP " + SOP + " version 1");
        chromium.screenshot(page, "journey-04-approvals-inbox");
        item.getByLabel("Reason").fill("One payout card across the ring; the ban is proportionate.");
        item.getByRole(AriaRole.BUTTON, exactly("Approve")).click();
        assertThat(page).hasURL(Pattern.compile(".*/approvals\\?done=approved$"));
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("approved");
        assertThat(page.locator("li.enforcement").filter(new Locator.FilterOptions().setHasText(account)))
                .hasCount(0);
        chromium.screenshot(page, "journey-05-approvals-approved");
        page.context().close();
    }

    private static void auditorFindsBothEventsAndSeesTheProofVerify(String actionId) {
        Page page = chromium.newPage();
        Chromium.signIn(page, "aud");
        page.navigate(App.CONSOLE.uri("/audit/events").toString());
        page.getByLabel("Target type").fill("enforcement");
        page.getByLabel("Target id").fill(actionId);
        page.locator("form.filters").getByRole(AriaRole.BUTTON, exactly("Search")).click();
        Locator rows = page.locator("#event-results tbody tr");
        Locator requested = rows.filter(new Locator.FilterOptions().setHasText("enforcement.request"));
        Locator approved = rows.filter(new Locator.FilterOptions().setHasText("enforcement.approve"));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        // The outbox relay delivers case-service's events within seconds; search again until both are in.
        while ((requested.count() == 0 || approved.count() == 0) && Instant.now().isBefore(deadline)) {
            page.waitForTimeout(1_000);
            page.reload();
        }
        assertThat(requested).hasCount(1);
        assertThat(approved).hasCount(1);
        // Actors appear as their subject ids: names are personal data, kept out of the log in the clear.
        assertThat(approved).containsText("success");
        chromium.screenshot(page, "journey-06-audit-search");

        approved.locator("a").first().click();
        Locator proof = page.locator("#proof");
        deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!proof.locator(".verdict-ok").isVisible() && Instant.now().isBefore(deadline)) {
            page.waitForTimeout(1_000);
            proof.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Check again")).click();
        }
        assertThat(proof.locator(".verdict-ok")).containsText("Verified.");
        assertThat(proof).containsText("pinned in the console's configuration");
        assertThat(proof.locator("tr").filter(new Locator.FilterOptions().setHasText("Checkpoint signature"))
                .locator(".check-ok")).hasText("valid");
        assertThat(proof.locator("tr").filter(new Locator.FilterOptions().setHasText("Inclusion proof"))
                .locator(".check-ok")).hasText("valid");
        // The lead's reason is personal data: the log keeps only its code and the words sealed under the subject's key.
        Locator envelope = page.locator("section[aria-labelledby='envelope-heading'] table");
        assertThat(envelope).containsText("ciphertext");
        assertThat(envelope).not().containsText("proportionate");
        fitsTheWindow(page);
        chromium.screenshot(page, "journey-07-audit-event-proof-verified");
        page.context().close();
    }

    private static String routeCounterfeitCasesToANewQueue(Stack stack, String name) {
        Api lena = Api.as(stack.keycloak().passwordToken("lena"));
        Reply queue = lena.post(App.CASE_SERVICE, "/api/queues", Map.of("name", name, "domain", "shop",
                "region", "US"));
        assertThat(queue.status()).as("%s", queue).isEqualTo(201);
        String queueId = queue.json().path("id").asText();
        Reply rule = lena.post(App.CASE_SERVICE, "/api/routing-rules", Map.of("rank", 0, "domain", "shop",
                "category", "counterfeit", "region", "US", "queueId", queueId));
        assertThat(rule.status()).as("%s", rule).isEqualTo(201);
        return queueId;
    }

    /** An account group of the case's account and a second one, which the case works on. */
    private static String accountGroupOn(Api ivy, String caseId, String tag, String account) {
        Reply group = ivy.post(App.CASE_SERVICE, "/api/account-groups", Map.of("name", "Watch ring " + tag,
                "region", "US", "description", "Two seller accounts paid out to one card",
                "members", List.of(Map.of("type", "account", "ref", account),
                        Map.of("type", "account", "ref", account + "-2"))));
        assertThat(group.status()).as("%s", group).isEqualTo(201);
        String groupId = group.json().path("id").asText();
        Reply attached = ivy.put(App.CASE_SERVICE, "/api/cases/" + caseId + "/account-groups/" + groupId);
        assertThat(attached.status()).as("%s", attached).isBetween(200, 204);
        return groupId;
    }

    private static Locator.GetByRoleOptions exactly(String name) {
        return new Locator.GetByRoleOptions().setName(name).setExact(true);
    }
}
