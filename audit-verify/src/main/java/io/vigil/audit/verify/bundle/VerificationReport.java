package io.vigil.audit.verify.bundle;

import java.util.List;

/**
 * The outcome of verifying a bundle: every fault found (empty means the bundle verified) and what was verified.
 *
 * @param origin the log origin the manifest names, or an empty string when unknown
 * @param from first seq of the bundle
 * @param to one past the last seq
 * @param events number of event lines read
 * @param checkpoints number of checkpoints whose signatures verified
 * @param finalRoot base64 root of the tree at size {@code to} as recomputed from the events
 * @param key the verifier key signatures were checked with, in text form
 * @param keyPinned whether that key was supplied by the auditor rather than taken from the bundle
 * @param faults the faults, in the order found
 * @param faultsNotListed faults beyond the listing limit, counted only
 */
public record VerificationReport(String origin, long from, long to, long events, int checkpoints, String finalRoot,
        String key, boolean keyPinned, List<Fault> faults, long faultsNotListed) {

    /** Copies the fault list. */
    public VerificationReport {
        faults = List.copyOf(faults);
    }

    /** True when no fault was found. */
    public boolean verified() {
        return faults.isEmpty() && faultsNotListed == 0;
    }
}
