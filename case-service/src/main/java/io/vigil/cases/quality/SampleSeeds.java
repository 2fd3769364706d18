package io.vigil.cases.quality;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;

/** Where sample seeds come from when a lead gives none: unpredictable, so investigators cannot guess what is drawn. */
@ApplicationScoped
public class SampleSeeds {

    private final SecureRandom random = new SecureRandom();

    public long next() {
        return random.nextLong();
    }
}
