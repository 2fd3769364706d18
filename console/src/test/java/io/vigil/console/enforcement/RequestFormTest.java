package io.vigil.console.enforcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.vigil.console.guidance.SopWalk;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RequestFormTest {

    private static final String GROUP = "0193a1b2-0000-7000-8000-0000000000f7";

    private static RequestForm form(String type, String duration, String sopKey, String sopVersion) {
        return new RequestForm(type, List.of("account:A-9", "listing:L-1"), "", "SHOP-COUNTERFEIT", sopKey,
                sopVersion, "", " why ", duration);
    }

    private static RequestForm subjects(List<String> subjects, String group, String reason, String rationale) {
        return new RequestForm("warn", subjects, group, reason, "", "", "", rationale, "");
    }

    @Test
    void aCompleteFormBecomesTheBodyCaseServiceReads() {
        RequestForm form = form("suspend", "P14D", "shop.counterfeit", "3");
        assertNull(form.problem());
        assertEquals(Map.of("type", "suspend", "reasonCode", "SHOP-COUNTERFEIT", "rationale", "why",
                "duration", "P14D", "sop", Map.of("key", "shop.counterfeit", "version", 3),
                "subjects", List.of(Map.of("type", "account", "ref", "A-9"), Map.of("type", "listing", "ref", "L-1"))),
                form.body());
    }

    @Test
    void eachMissingOrContradictoryFieldIsNamed() {
        assertEquals("type", form("burn", "", "", "").problem().errors().get(0).field());
        assertEquals("duration", form("ban", "P1D", "", "").problem().errors().get(0).field());
        assertEquals("sopVersion", form("warn", "", "shop.x", "v3").problem().errors().get(0).field());
        assertEquals("subjects", subjects(List.of(), "", "R-1", "r").problem().errors().get(0).field());
        assertEquals("reasonCode", subjects(List.of("a:b"), "", " ", "r").problem().errors().get(0).field());
        assertEquals("rationale", subjects(List.of("a:b"), "", "R-1", "").problem().errors().get(0).field());
        assertEquals("accountGroupId", subjects(List.of("a:b"), "ring-1", "R-1", "r").problem().errors().get(0).field());
    }

    @Test
    void anAccountGroupAloneIsEnoughAndIsSentByItsId() {
        RequestForm form = subjects(List.of(), GROUP, "R-1", "r");
        assertNull(form.problem());
        assertEquals(GROUP, form.body().get("accountGroupId"));
        assertEquals(List.of(), form.body().get("subjects"));
    }

    @Nested
    class FromTheSopWalk {

        private final SopWalk decided = new SopWalk("shop.counterfeit-listing", 1, "BAN_SELLER",
                List.of("reporter", "proof", "strikes", "suspend"));

        @Test
        void aDecidedWalkFillsInItsSopVersionPathAndTheTypeItsOutcomeNames() {
            RequestForm form = RequestForm.from(Optional.of(decided));
            assertEquals("ban", form.type());
            assertEquals("shop.counterfeit-listing", form.sopKey());
            assertEquals("1", form.sopVersion());
            assertEquals("shop.counterfeit-listing@1 reporter proof strikes suspend", form.sopPath());
            assertEquals(List.of("reporter", "proof", "strikes", "suspend"), form.decisionPath());
        }

        @Test
        void aWalkNotYetDecidedGivesOnlyItsSop() {
            RequestForm form = RequestForm.from(Optional.of(new SopWalk("shop.counterfeit-listing", 2, null, List.of())));
            assertEquals("", form.type());
            assertEquals("2", form.sopVersion());
            assertEquals("", form.sopPath());
            assertEquals(RequestForm.empty(), RequestForm.from(Optional.empty()));
        }

        @Test
        void outcomeCodesNameATypeWordByWord() {
            assertEquals(Optional.of("ban"), RequestForm.typeNamedIn("BAN_SELLER"));
            assertEquals(Optional.of("delist"), RequestForm.typeNamedIn("DELIST_AND_STRIKE"));
            assertEquals(Optional.of("hold-payout"), RequestForm.typeNamedIn("HOLD_PAYOUT"));
            assertEquals(Optional.of("suspend"), RequestForm.typeNamedIn("SUSPEND_SELLER"));
            assertEquals(Optional.empty(), RequestForm.typeNamedIn("MONITOR_LISTING"));
            assertEquals(Optional.empty(), RequestForm.typeNamedIn("BANNER_REVIEW"));
        }

        @Test
        void thePathIsSentOnlyWhileTheFormNamesTheSopVersionItWasWalkedUnder() {
            String path = "shop.counterfeit-listing@1 reporter proof";
            RequestForm same = new RequestForm("ban", List.of("a:b"), "", "R-1", "shop.counterfeit-listing", "1",
                    path, "r", "");
            RequestForm other = new RequestForm("ban", List.of("a:b"), "", "R-1", "shop.counterfeit-listing", "2",
                    path, "r", "");
            RequestForm forged = new RequestForm("ban", List.of("a:b"), "", "R-1", "shop.counterfeit-listing", "1",
                    "shop.counterfeit-listing@1 <script>", "r", "");
            assertEquals(Map.of("key", "shop.counterfeit-listing", "version", 1,
                    "decisionPath", List.of("reporter", "proof")), same.body().get("sop"));
            assertEquals(Map.of("key", "shop.counterfeit-listing", "version", 2), other.body().get("sop"));
            assertEquals(List.of(), forged.decisionPath());
        }
    }

    @Test
    void fourEyesAppliesToTheConfiguredTypesAndToManySubjects() {
        ActionTypes rules = new ActionTypes() {
            @Override
            public Set<String> types() {
                return Set.of("ban", "hold-payout");
            }

            @Override
            public int maxSubjects() {
                return 10;
            }
        };
        assertEquals(true, rules.needsApproval("ban", 1));
        assertEquals(false, rules.needsApproval("warn", 10));
        assertEquals(true, rules.needsApproval("warn", 11));
    }
}
