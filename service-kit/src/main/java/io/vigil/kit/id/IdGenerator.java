package io.vigil.kit.id;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Issues UUIDv7 ids (RFC 9562 section 5.7). Their time order lets lists page by id alone; the counter in
 * rand_a (section 6.2, method 1) keeps ids from one instance increasing within a millisecond.
 */
@ApplicationScoped
public class IdGenerator {

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private long lastMillis = -1;
    private int counter;

    public IdGenerator(Clock clock) {
        this.clock = clock;
    }

    public synchronized UUID next() {
        long millis = Math.max(clock.millis(), lastMillis);
        if (millis == lastMillis && counter < 0xFFF) {
            counter++;
        } else if (millis == lastMillis) {
            millis = ++lastMillis;
            counter = random.nextInt(0x800);
        } else {
            counter = random.nextInt(0x800);
        }
        lastMillis = millis;
        long high = (millis << 16) | 0x7000L | counter;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
