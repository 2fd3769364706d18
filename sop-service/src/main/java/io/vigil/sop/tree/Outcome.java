package io.vigil.sop.tree;

import java.util.List;

/**
 * Where a walk ends: the decision's code, whether a bot may carry it out alone, whether a human must take
 * over, and the reply to send.
 */
public record Outcome(String code, boolean automatable, boolean handover, String reply) implements Node {

    @Override
    public List<String> successors() {
        return List.of();
    }
}
