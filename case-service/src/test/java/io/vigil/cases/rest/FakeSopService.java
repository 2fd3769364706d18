package io.vigil.cases.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * sop-service as a WireMock stub on the test OIDC server (case-service's tests point the REST client at
 * {@code /auth/sop-service}): one SOP per test, a counterfeit tree scripted answer by answer, and every way of
 * failing. Each instance removes the stubs it made.
 */
final class FakeSopService {

    static final String BASE = "/auth/sop-service/api/sops";

    private final WireMockServer server;
    private final List<StubMapping> stubs = new ArrayList<>();
    final String key = "shop.counterfeit-" + UUID.randomUUID().toString().substring(0, 8);
    final String category = "counterfeit-" + UUID.randomUUID().toString().substring(0, 8);

    FakeSopService(WireMockServer server) {
        this.server = server;
    }

    /** The SOP is in effect for shop/{category} as version 1, and its tree answers evaluations. */
    FakeSopService publishes() {
        stub(get(urlPathEqualTo(BASE + "/in-effect")).withQueryParam("domain", equalTo("shop"))
                .withQueryParam("category", equalTo(category)), json(200, sop()));
        stub(get(urlEqualTo(BASE + "/" + key + "/versions/1/guidance")), json(200, sop()));
        evaluates();
        return this;
    }

    FakeSopService publishesNothing() {
        stub(get(urlPathEqualTo(BASE + "/in-effect")).withQueryParam("category", equalTo(category)), json(404, """
                {"type":"https://vigil.example/problems/no-sop-in-effect","title":"No SOP in effect","status":404}
                """));
        return this;
    }

    /** Every call about this test's SOP answers after {@code millis}, beyond case-service's timeout. */
    FakeSopService isSlow(int millis) {
        stub(get(urlPathEqualTo(BASE + "/in-effect")).withQueryParam("category", equalTo(category)).atPriority(1),
                json(200, sop()).withFixedDelay(millis));
        return this;
    }

    /** The connection is reset, as when sop-service's process is gone mid-call. */
    FakeSopService isDown() {
        stub(get(urlPathEqualTo(BASE + "/in-effect")).withQueryParam("category", equalTo(category)).atPriority(1),
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        stub(post(urlEqualTo(BASE + "/" + key + "/evaluate")).atPriority(1),
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        stub(get(urlEqualTo(BASE + "/" + key + "/versions/1/guidance")).atPriority(1),
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        return this;
    }

    /** Decision records: sop-service answers {@code status} (201 accepted, 409 already recorded, 503 down). */
    StubMapping takesDecisions(int status) {
        String body = status == 409
                ? "{\"type\":\"https://vigil.example/problems/decision-recorded\",\"status\":409}"
                : "{\"id\":\"" + UUID.randomUUID() + "\"}";
        return stub(post(urlEqualTo(BASE + "/" + key + "/versions/1/decisions")).atPriority(1), json(status, body));
    }

    void remove(StubMapping stub) {
        server.removeStub(stub);
        stubs.remove(stub);
    }

    void removeAll() {
        stubs.forEach(server::removeStub);
        stubs.clear();
    }

    List<LoggedRequest> decisionsReceived() {
        return server.findAll(postRequestedFor(urlEqualTo(BASE + "/" + key + "/versions/1/decisions")));
    }

    List<LoggedRequest> evaluations() {
        return server.findAll(postRequestedFor(urlEqualTo(BASE + "/" + key + "/evaluate")));
    }

    List<LoggedRequest> lookups() {
        return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo(BASE + "/in-effect")).withQueryParam("category", equalTo(category)));
    }

    /** The counterfeit tree, one stub per place: more specific answers take precedence (lower priority). */
    private void evaluates() {
        String evaluate = BASE + "/" + key + "/evaluate";
        stub(post(urlEqualTo(evaluate)).atPriority(9), json(200, question("reporter", "Who reported the listing?",
                "", "\"rights-owner\",\"user\"")));
        stub(post(urlEqualTo(evaluate)).atPriority(7).withRequestBody(matchingJsonPath("$.answers.reporter",
                equalTo("user"))), json(200, outcome("MONITOR_LISTING", "\"reporter\",\"signals\",\"monitor\"")));
        stub(post(urlEqualTo(evaluate)).atPriority(7).withRequestBody(matchingJsonPath("$.answers.reporter",
                equalTo("rights-owner"))), json(200, question("proof", "Did the rights owner provide proof?",
                "\"reporter\"", "\"yes\",\"no\"")));
        stub(post(urlEqualTo(evaluate)).atPriority(5).withRequestBody(matchingJsonPath("$.answers.proof",
                equalTo("no"))), json(200, outcome("REQUEST_PROOF", "\"reporter\",\"proof\",\"request_proof\"")));
        stub(post(urlEqualTo(evaluate)).atPriority(5).withRequestBody(matchingJsonPath("$.answers.proof",
                equalTo("yes"))), json(400, """
                {"type":"https://vigil.example/problems/validation","status":400,
                 "errors":[{"field":"facts.seller.priorStrikes","message":"is needed by node 'repeat'"}]}
                """));
        stub(post(urlEqualTo(evaluate)).atPriority(3).withRequestBody(matchingJsonPath("$.answers.proof",
                equalTo("yes"))).withRequestBody(matchingJsonPath("$.facts['seller.priorStrikes']")),
                json(200, outcome("DELIST_AND_STRIKE", "\"reporter\",\"proof\",\"repeat\",\"delist_strike\"")));
    }

    private String sop() {
        return """
                {"key":"%s","title":"Counterfeit listings","domain":"shop","category":"%s","version":1,
                 "status":"PUBLISHED","effectiveFrom":"2026-11-01T00:00:00Z",
                 "steps":"1. Identify the reporter.\\n2. Require proof from rights owners.\\n3. Delist and strike.",
                 "decisionTree":{"start":"reporter","facts":{"seller.priorStrikes":"int"},"nodes":{}},
                 "outline":"question reporter: Who reported the listing?","diagram":"flowchart TD"}
                """.formatted(key, category);
    }

    private static String question(String input, String text, String path, String answers) {
        return """
                {"version":1,"outcome":null,"path":[%s],
                 "next":{"node":"%s","text":"%s","input":"%s","answers":[%s]}}
                """.formatted(path, input, text, input, answers);
    }

    private static String outcome(String code, String path) {
        return """
                {"version":1,"next":null,"path":[%s],
                 "outcome":{"code":"%s","automatable":false,"handover":true,"reply":null}}
                """.formatted(path, code);
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type",
                status >= 400 ? "application/problem+json" : "application/json").withBody(body);
    }

    private StubMapping stub(MappingBuilder mapping, ResponseDefinitionBuilder response) {
        StubMapping stub = server.stubFor(mapping.willReturn(response));
        stubs.add(stub);
        return stub;
    }
}
