package io.vigil.cases.enforcement;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Set;

/** The enforcement knobs; defaults in application.properties, documented in the README. */
@ConfigMapping(prefix = "vigil.cases.enforcement")
public interface EnforcementConfig {

    FourEyes fourEyes();

    /** How often ACTIVE actions past their expiry are marked EXPIRED (a scheduler period, or {@code off}). */
    @WithDefault("60s")
    String expirySweepInterval();

    /** Actions the expiry sweep handles per transaction. */
    @WithDefault("200")
    int expirySweepBatch();

    /** How long after the decision an appeal may be filed (DSA art. 20(1): at least six months). */
    @WithDefault("P183D")
    Duration appealWindow();

    /** The redress texts every statement of reasons carries (DSA art. 17(3)(f)). */
    Redress redress();

    /** Which actions need a second person. */
    interface FourEyes {

        /** Action types that always need a lead's approval, e.g. {@code ban,hold-payout}. */
        @WithDefault("ban,hold-payout")
        Set<String> types();

        /** Actions on more subjects than this need approval whatever their type. */
        @WithDefault("10")
        int maxSubjects();
    }

    /** How a recipient can contest a decision outside the platform. */
    interface Redress {

        @WithDefault("You may refer a dispute about this decision to an out-of-court dispute settlement body certified"
                + " under Article 21 of Regulation (EU) 2022/2065 by the Digital Services Coordinator of a Member State.")
        String outOfCourt();

        @WithDefault("You may at any time bring proceedings against this decision before a competent court in"
                + " accordance with the applicable law.")
        String judicial();
    }
}
