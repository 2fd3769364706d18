package io.vigil.e2e.support;

import io.vigil.audit.verify.note.NoteVerificationException;
import io.vigil.audit.verify.note.SignerKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * The whole suite as the e2e run starts it: PostgreSQL (postgres-ensure), a Keycloak of its own and the packaged
 * applications on 1808x, each on a fresh database. Keycloak and the applications start in parallel: an
 * application whose OIDC provider is not up yet initialises its tenant on the first request.
 */
public final class Stack implements AutoCloseable {

    private final StackLayout layout;
    private final Keycloak keycloak;
    private final Set<App> apps;
    private final List<AppProcess> running = new ArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread shutdownHook = new Thread(this::stopAll, "vigil-e2e-stop");

    private Stack(StackLayout layout) {
        this.layout = layout;
        this.keycloak = new Keycloak(layout);
        // The console is being built alongside; where its build exists it is part of the run, and tested.
        this.apps = EnumSet.allOf(App.class);
        this.apps.removeIf(app -> app == App.CONSOLE && !layout.isBuilt(app));
    }

    static Stack start(StackLayout layout) {
        Stack stack = new Stack(layout);
        Runtime.getRuntime().addShutdownHook(stack.shutdownHook);
        try {
            stack.startAll();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    public Keycloak keycloak() {
        return keycloak;
    }

    public Set<App> apps() {
        return EnumSet.copyOf(apps);
    }

    public boolean runs(App app) {
        return apps.contains(app);
    }

    /**
     * Stops one application as an outage would (SIGTERM, then SIGKILL if it lingers); its database and staged copy
     * stay, so {@link #start(App)} brings the same service back. Tests that stop an application start it again.
     */
    public synchronized void stop(App app) {
        process(app).stop();
    }

    /** Starts a stopped application again on its own port and database and waits until it is ready. */
    public synchronized void start(App app) {
        AppProcess stopped = process(app);
        if (stopped.isAlive()) {
            throw new IllegalStateException(app + " is running; stop it first");
        }
        AppProcess started = AppProcess.restart(app, layout.stagedApp(app), layout.log(app.module()),
                environment(app));
        running.set(running.indexOf(stopped), started);
        started.awaitReady(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
    }

    private AppProcess process(App app) {
        return running.stream().filter(p -> p.app() == app).findFirst()
                .orElseThrow(() -> new IllegalStateException(app + " is not part of this run"));
    }

    private void startAll() {
        long started = System.nanoTime();
        Scripts.run(layout.script("postgres-ensure"), layout.log("postgres-ensure"), Duration.ofSeconds(120));
        CompletableFuture<Void> keycloakUp = CompletableFuture.runAsync(keycloak::start);
        for (App app : apps) {
            if (!layout.isBuilt(app)) {
                throw new IllegalStateException(layout.build(app) + " is missing: build the reactor first "
                        + "(./mvnw -B verify -pl e2e -am)");
            }
            app.database().ifPresent(Databases::recreate);
            stage(app);
            running.add(AppProcess.start(app, layout.stagedApp(app), layout.log(app.module()), environment(app)));
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        CompletableFuture.allOf(running.stream()
                .map(process -> CompletableFuture.runAsync(() -> process.awaitReady(http)))
                .toArray(CompletableFuture[]::new)).join();
        keycloakUp.join();
        System.out.printf("[vigil-e2e] stack up in %.1f s: %s, Keycloak on :%d (logs in %s)%n",
                (System.nanoTime() - started) / 1e9, apps, StackLayout.KEYCLOAK_PORT, layout.log("x").getParent());
    }

    // LOCAL DEMO CREDENTIALS throughout: the secrets and the role match vigil-realm.json and postgres-ensure.
    private Map<String, String> environment(App app) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(app.port()));
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", layout.issuer());
        env.put("QUARKUS_OIDC_CLIENT_ID", app.module());
        env.put("QUARKUS_OIDC_CREDENTIALS_SECRET", app.module() + "-local-secret");
        env.put("QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL", layout.issuer());
        env.put("QUARKUS_OIDC_CLIENT_CLIENT_ID", app.module());
        env.put("QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET", app.module() + "-local-secret");
        env.put("VIGIL_CASE_SERVICE_URL", App.CASE_SERVICE.uri("").toString());
        env.put("VIGIL_SOP_SERVICE_URL", App.SOP_SERVICE.uri("").toString());
        env.put("VIGIL_AUDIT_SERVICE_URL", App.AUDIT_SERVICE.uri("").toString());
        // Outage tests stop a service for seconds, not hours: retries back off at most 2 s, so what waited is
        // delivered soon after the service is back instead of up to 5 minutes later.
        env.put("VIGIL_AUDIT_CLIENT_RELAY_MAX_BACKOFF", "2s");
        env.put("VIGIL_GUIDANCE_RELAY_INTERVAL", "1s");
        env.put("VIGIL_GUIDANCE_RELAY_MAX_BACKOFF", "2s");
        app.database().ifPresent(database -> {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", Databases.url(database));
            env.put("QUARKUS_DATASOURCE_USERNAME", Databases.USER);
            env.put("QUARKUS_DATASOURCE_PASSWORD", Databases.PASSWORD);
        });
        if (app == App.AUDIT_SERVICE) {
            env.put("VIGIL_AUDIT_SIGNING_KEY", demoKey("vigil.audit.signing-key"));
            env.put("VIGIL_AUDIT_PRIVACY_MASTER_KEY", demoKey("vigil.audit.privacy.master-key"));
        }
        if (app == App.CONSOLE) {
            // The console checks proofs against a key it was given, not the one audit-service serves.
            env.put("VIGIL_AUDIT_PINNED_KEY", demoVerifierKey());
        }
        return env;
    }

    /** One of the audit log's LOCAL DEMO keys, read from where audit-service keeps them for dev runs. */
    private String demoKey(String name) {
        Path file = layout.root().resolve("audit-service/src/main/resources/application.properties");
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String key = properties.getProperty("%dev." + name);
        if (key == null) {
            throw new IllegalStateException("no %dev." + name + " in " + file);
        }
        return key;
    }

    /** The public half of the demo signing key, as {@code audit-verify keygen} prints it. */
    private String demoVerifierKey() {
        try {
            return SignerKey.parse(demoKey("vigil.audit.signing-key")).verifierKey().encode();
        } catch (NoteVerificationException e) {
            throw new IllegalStateException("the demo audit signing key is unreadable", e);
        }
    }

    /** Runs a copy, not target/ itself, so a rebuild during the run cannot pull the jars from under it. */
    private void stage(App app) {
        Path source = layout.build(app);
        Path target = layout.stagedApp(app);
        try {
            delete(target);
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path copy = target.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(file, copy);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage " + app + " into " + target, e);
        }
    }

    private static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook is running or about to
        }
    }

    private void stopAll() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        CompletableFuture.allOf(running.stream()
                .map(process -> CompletableFuture.runAsync(process::stop))
                .toArray(CompletableFuture[]::new)).join();
        // keycloak-stop is a no-op when nothing runs from the instance, so a half-started Keycloak is caught too.
        try {
            keycloak.stop();
        } catch (RuntimeException e) {
            System.err.println("[vigil-e2e] stopping Keycloak failed: " + e.getMessage());
        }
    }
}
