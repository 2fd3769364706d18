package io.vigil.e2e.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Runs the deploy/local scripts the way a developer does, so the end-to-end run proves them too. */
final class Scripts {

    private Scripts() {
    }

    /** Runs a script to completion and returns its stdout; its stderr goes to {@code log}. */
    static String run(Path script, Path log, Duration timeout, String... args) {
        return run(script, log, timeout, process -> { }, args);
    }

    /** As {@link #run(Path, Path, Duration, String...)}, handing the running process to {@code started}. */
    static String run(Path script, Path log, Duration timeout, Consumer<Process> started, String... args) {
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(List.of(args));
        Path stdout = null;
        try {
            Files.createDirectories(log.getParent());
            stdout = Files.createTempFile(log.getParent(), script.getFileName().toString(), ".out");
            Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                    .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            started.accept(process);
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IllegalStateException(script.getFileName() + " did not finish within " + timeout + "\n"
                        + LogTail.of(log));
            }
            String out = Files.readString(stdout, StandardCharsets.UTF_8).strip();
            if (process.exitValue() != 0) {
                throw new IllegalStateException(script.getFileName() + " failed (exit " + process.exitValue() + ")\n"
                        + LogTail.of(log));
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + script, e);
        } finally {
            deleteQuietly(stdout);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stray temp file under target/ is harmless
        }
    }
}
