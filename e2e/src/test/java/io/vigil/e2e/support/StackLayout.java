package io.vigil.e2e.support;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the end-to-end run finds the reactor and keeps its own files, so nothing it starts shares a port, a
 * directory or a database with a local run of the suite.
 */
public record StackLayout(Path root, Path work) {

    public static final int KEYCLOAK_PORT = 18180;

    public static StackLayout fromSystemProperties() {
        Path root = Path.of(System.getProperty("vigil.root", "..")).toAbsolutePath().normalize();
        Path work = Path.of(System.getProperty("vigil.e2e.work", root.resolve("e2e/target").toString()))
                .toAbsolutePath().normalize();
        return new StackLayout(root, work);
    }

    public Path script(String name) {
        return root.resolve("deploy/local").resolve(name);
    }

    /**
     * The application's quarkus-app build. {@code -Dvigil.e2e.console-build=DIR} runs another console build
     * instead (an earlier commit's, say), so two builds can be compared on the same stack and data.
     */
    public Path build(App app) {
        String other = app == App.CONSOLE ? System.getProperty("vigil.e2e.console-build", "") : "";
        return other.isBlank() ? root.resolve(app.module()).resolve("target/quarkus-app") : Path.of(other);
    }

    public boolean isBuilt(App app) {
        return Files.isRegularFile(build(app).resolve("quarkus-run.jar"));
    }

    public Path stagedApp(App app) {
        return work.resolve("apps").resolve(app.module());
    }

    public Path log(String name) {
        return work.resolve("logs").resolve(name + ".log");
    }

    public Path keycloakHome() {
        return work.resolve("keycloak-home");
    }

    public String issuer() {
        return "http://127.0.0.1:" + KEYCLOAK_PORT + "/realms/vigil";
    }
}
