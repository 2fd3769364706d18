package io.vigil.e2e.support;

import java.net.URI;
import java.util.Optional;

/** The applications of the suite as the end-to-end run wires them: own ports and own databases. */
public enum App {
    CASE_SERVICE("case-service", 18081, "case_e2e"),
    SOP_SERVICE("sop-service", 18082, "sop_e2e"),
    AUDIT_SERVICE("audit-service", 18083, "audit_e2e"),
    CONSOLE("console", 18080, null);

    private final String module;
    private final int port;
    private final String database;

    App(String module, int port, String database) {
        this.module = module;
        this.port = port;
        this.database = database;
    }

    public String module() {
        return module;
    }

    public int port() {
        return port;
    }

    public Optional<String> database() {
        return Optional.ofNullable(database);
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Override
    public String toString() {
        return module;
    }
}
