package io.vigil.console.enforcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestFormTest {

    private static RequestForm form(String type, String duration, String sopKey, String sopVersion) {
        return new RequestForm(type, List.of("account:A-9", "listing:L-1"), "SHOP-COUNTERFEIT", sopKey, sopVersion,
                " why ", duration);
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
        assertEquals("subjects", new RequestForm("warn", List.of(), "R-1", "", "", "r", "").problem().errors().get(0).field());
        assertEquals("reasonCode", new RequestForm("warn", List.of("a:b"), " ", "", "", "r", "").problem().errors().get(0).field());
        assertEquals("rationale", new RequestForm("warn", List.of("a:b"), "R-1", "", "", "", "").problem().errors().get(0).field());
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
