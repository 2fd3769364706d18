package io.vigil.e2e.support;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One packaged application started as a child JVM from its staged quarkus-app copy. */
final class AppProcess {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(
            Long.getLong("vigil.e2e.ready-timeout", 120));
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private final App app;
    private final Path log;
    private final Process process;

    private AppProcess(App app, Path log, Process process) {
        this.app = app;
        this.log = log;
        this.process = process;
    }

    static AppProcess start(App app, Path directory, Path log, Map<String, String> environment) {
        return start(app, directory, log, environment, ProcessBuilder.Redirect.to(log.toFile()));
    }

    /** Starts it again after a {@link #stop()}, appending to the same log so the outage can be read in one place. */
    static AppProcess restart(App app, Path directory, Path log, Map<String, String> environment) {
        return start(app, directory, log, environment, ProcessBuilder.Redirect.appendTo(log.toFile()));
    }

    private static AppProcess start(App app, Path directory, Path log, Map<String, String> environment,
            ProcessBuilder.Redirect output) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-jar", "quarkus-run.jar")
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output);
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(log.getParent());
            return new AppProcess(app, log, builder.start());
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + app, e);
        }
    }

    /** Polls /q/health/ready until it says UP; fails with the log's end when the app dies or takes too long. */
    void awaitReady(HttpClient http) {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        HttpRequest ready = HttpRequest.newBuilder(app.uri("/q/health/ready")).timeout(Duration.ofSeconds(5)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(app + " exited (code " + process.exitValue() + ") before it was ready\n"
                        + LogTail.of(log));
            }
            try {
                HttpResponse<String> response = http.send(ready, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + app, e);
            }
            sleep(Duration.ofMillis(250));
        }
        throw new IllegalStateException(app + " was not ready within " + READY_TIMEOUT + "\n" + LogTail.of(log));
    }

    /** SIGTERM for a clean Quarkus shutdown, SIGKILL when it takes too long. */
    void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    App app() {
        return app;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    List<String> describe() {
        return List.of(app + " pid " + process.pid() + " on :" + app.port(), "log " + log);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
