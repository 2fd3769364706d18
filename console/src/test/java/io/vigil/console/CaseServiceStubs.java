package io.vigil.console;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.vigil.console.CaseFixtures.CASE_ID;
import static io.vigil.console.CaseFixtures.EVIDENCE_ID;
import static io.vigil.console.CaseFixtures.LEAD_QUEUE_ID;
import static io.vigil.console.CaseFixtures.OTHER_CASE_ID;
import static io.vigil.console.CaseFixtures.QUEUE_ID;
import static io.vigil.console.CaseFixtures.TASK_ID;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.List;

/** Stubs for everything the case page asks case-service for; a test overrides the part it is about. */
final class CaseServiceStubs {

    static final String BASE = "/api/cases/" + CASE_ID;

    private CaseServiceStubs() {
    }

    static void queues(WireMockServer caseService) {
        caseService.stubFor(get(urlPathEqualTo("/api/queues")).willReturn(okJson(CaseFixtures.items(List.of(
                CaseFixtures.queue(QUEUE_ID, "Shop US", "US", "STANDARD"),
                CaseFixtures.queue(LEAD_QUEUE_ID, "Shop US leads", "US", "LEAD"))))));
    }

    static void caseFile(WireMockServer caseService, String status, String assignee) {
        queues(caseService);
        caseService.stubFor(get(urlPathEqualTo(BASE)).willReturn(okJson(
                CaseFixtures.fullCase(CASE_ID, "TS-2026-000123", status, assignee, 7))));
        caseService.stubFor(get(urlPathEqualTo(BASE + "/notes")).willReturn(okJson("""
                {"items":[{"id":"0193a1b2-0000-7000-8000-0000000000e5","author":"ivy",
                 "body":"Seller **reuses** photos.\\n\\n<script>alert(1)</script>\\n\\n[see](javascript:alert(2))",
                 "createdAt":"2026-11-20T09:30:00Z"}]}""")));
        caseService.stubFor(get(urlPathEqualTo(BASE + "/tasks")).willReturn(okJson("""
                {"items":[{"id":"%s","title":"Check the seller's other listings","status":"OPEN","sop":null,
                 "createdBy":"ivy","createdAt":"2026-11-20T09:31:00Z","completedBy":null,"completedAt":null,
                 "version":1}]}""".formatted(TASK_ID))));
        caseService.stubFor(get(urlPathEqualTo(BASE + "/evidence")).willReturn(okJson("""
                {"items":[{"id":"%s","kind":"FILE","name":"listing.png","description":"Listing photo",
                 "mediaType":"image/png","sizeBytes":2048,"sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                 "url":null,"addedBy":"ivy","addedAt":"2026-11-20T09:32:00Z"},
                 {"id":"0193a1b2-0000-7000-8000-0000000000d5","kind":"URL","name":"Seller page","description":null,
                 "mediaType":null,"sizeBytes":null,"sha256":null,"url":"https://shop.example/seller/9",
                 "addedBy":"ivy","addedAt":"2026-11-20T09:33:00Z"}]}""".formatted(EVIDENCE_ID))));
        caseService.stubFor(get(urlPathEqualTo(BASE + "/links")).willReturn(okJson("""
                {"items":[{"id":"0193a1b2-0000-7000-8000-0000000000f6","type":"RELATED","caseId":"%s",
                 "ref":"TS-2026-000999","title":"Same seller, other listing","status":"IN_PROGRESS","region":"US",
                 "createdBy":"ivy","createdAt":"2026-11-20T09:34:00Z"}]}""".formatted(OTHER_CASE_ID))));
        caseService.stubFor(get(urlPathEqualTo(BASE + "/account-groups")).willReturn(okJson("""
                {"items":[{"id":"0193a1b2-0000-7000-8000-0000000000f7","name":"Sneaker ring","region":"US",
                 "description":"Accounts sharing a payout card","members":[{"type":"account","ref":"A-9"},
                 {"type":"account","ref":"A-10"}],"caseIds":["%s"],"createdBy":"lena",
                 "createdAt":"2026-11-19T00:00:00Z","version":2}]}""".formatted(CASE_ID))));
        caseService.stubFor(get(urlPathEqualTo(BASE + "/timeline")).willReturn(okJson("""
                {"items":[{"id":"0193a1b2-0000-7000-8000-0000000000f8","kind":"opened","actor":"ivy",
                 "at":"2026-11-20T09:15:00Z","summary":"Opened from a user report"}],"nextCursor":"tl_2"}""")));
    }
}
