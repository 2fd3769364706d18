package io.vigil.sop.experiment;

import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Assigns a ticket to an arm from a hash of the experiment and the ticket id: the same ticket always lands on
 * the same arm (across replicas and restarts), and different experiments split the same tickets independently.
 */
public final class ExperimentSplit {

    private ExperimentSplit() {
    }

    public static Arm arm(UUID experiment, String ticketId, double candidateShare) {
        return bucket(experiment, ticketId) < candidateShare ? Arm.CANDIDATE : Arm.CONTROL;
    }

    /** A uniform number in [0, 1) from the first 53 bits of SHA-256(experiment ":" ticket). */
    static double bucket(UUID experiment, String ticketId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((experiment + ":" + ticketId).getBytes(StandardCharsets.UTF_8));
            long bits = ByteBuffer.wrap(hash).getLong() >>> 11;
            return bits / (double) (1L << 53);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
