package io.vigil.console.guidance;

/**
 * What the guidance panel shows: the case's guidance, or why there is none to show, and a notice when the
 * investigator's last action was refused (the walk had moved on, an answer was not offered, ...).
 */
public record Panel(State state, CaseGuidance guidance, String notice) {

    enum State {
        LOADED, NOT_FOUND, NOT_PERMITTED, UNREACHABLE
    }

    static Panel loaded(CaseGuidance guidance) {
        return new Panel(State.LOADED, guidance, null);
    }

    static Panel of(State state) {
        return new Panel(state, null, null);
    }

    Panel withNotice(String text) {
        return new Panel(state, guidance, text == null || text.isBlank() ? null : text);
    }

    public boolean isLoaded() {
        return state == State.LOADED;
    }

    public boolean isNotFound() {
        return state == State.NOT_FOUND;
    }

    public boolean isNotPermitted() {
        return state == State.NOT_PERMITTED;
    }

    public boolean isUnreachable() {
        return state == State.UNREACHABLE;
    }

    public boolean hasNotice() {
        return notice != null;
    }
}
