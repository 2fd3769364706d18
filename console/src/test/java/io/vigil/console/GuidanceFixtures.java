package io.vigil.console;

/** Guidance JSON shaped exactly as case-service's GET /api/cases/{id}/guidance answers it. */
final class GuidanceFixtures {

    static final String CASE_ID = "0193a1b2-0000-7000-8000-000000000123";
    static final String API = "/api/cases/" + CASE_ID + "/guidance";
    static final String PANEL = "/cases/" + CASE_ID + "/guidance";

    private GuidanceFixtures() {
    }

    static String sop() {
        return """
                {"key":"shop.counterfeit-listing","title":"Counterfeit listings","version":3,
                 "effectiveFrom":"2026-11-01T00:00:00Z","steps":"1. Identify the reporter.\\n2. Delist.",
                 "stepList":["Identify the reporter.","Delist and strike."],"decisionTree":{"start":"reporter"},
                 "outline":"","diagram":"flowchart TD"}""";
    }

    static String atQuestion(String input, String text, String... answers) {
        return guidance("AVAILABLE", sop(), """
                {"kind":"QUESTION","question":{"node":"%s","text":"%s","input":"%s","answers":["%s"]},"path":[]}"""
                .formatted(input, text, input, String.join("\",\"", answers)), "null", "null");
    }

    static String atFact(String name, String type) {
        return guidance("AVAILABLE", sop(), """
                {"kind":"FACT","fact":{"name":"%s","type":"%s"},"path":[]}""".formatted(name, type),
                walk("WALKING", "null", "null"), "null");
    }

    static String atOutcome(String code, String walk) {
        return guidance("AVAILABLE", sop(), """
                {"kind":"OUTCOME","outcome":{"code":"%s","automatable":false,"handover":true},"path":["reporter"]}"""
                .formatted(code), walk, "null");
    }

    static String decided(String tree, String human, String decisionStatus) {
        return guidance("AVAILABLE", sop(), """
                {"kind":"OUTCOME","outcome":{"code":"%s","automatable":false,"handover":true},"path":[]}"""
                .formatted(tree), walk("DECIDED", "\"" + tree + "\"", "\"" + human + "\""), """
                {"status":"%s","sopKey":"shop.counterfeit-listing","sopVersion":3,"treeOutcome":"%s","humanOutcome":"%s",
                 "attempts":1}""".formatted(decisionStatus, tree, human));
    }

    static String unavailableWithWalk() {
        return guidance("UNAVAILABLE", "null", """
                {"kind":"QUESTION","question":{"node":"proof","text":"Did the rights owner provide proof?",
                 "input":"proof","answers":["yes","no"]},"path":["reporter"]}""", walk("WALKING", "null", "null"),
                "null").replace("\"message\":null",
                "\"message\":\"Guidance is unavailable right now; you can continue working the case\"");
    }

    static String noSop() {
        return guidance("NO_SOP", "null", "null", "null", "null");
    }

    static String walk(String status, String tree, String human) {
        return """
                {"sopKey":"shop.counterfeit-listing","sopVersion":3,"status":"%s","facts":{},
                 "answers":[{"node":"reporter","text":"Who reported the listing?","input":"reporter",
                             "value":"rights-owner","by":"ivy","at":"2026-11-20T09:15:00Z"}],
                 "treeOutcome":%s,"humanOutcome":%s,"version":1}""".formatted(status, tree, human);
    }

    static String problem(int status, String type, String detail) {
        return "{\"type\":\"https://vigil.example/problems/%s\",\"status\":%d,\"detail\":\"%s\"}"
                .formatted(type, status, detail);
    }

    private static String guidance(String status, String sop, String position, String walk, String decision) {
        return """
                {"caseId":"%s","status":"%s","message":null,"reason":null,"sop":%s,"position":%s,"walk":%s,
                 "decision":%s}""".formatted(CASE_ID, status, sop, position, walk, decision);
    }
}
