package io.vigil.audit.verify.cli;

import java.io.PrintStream;

/** Entry point of {@code java -jar audit-verify.jar}; exit codes are 0 verified, 1 faults found, 2 usage error. */
public final class Main {

    private Main() {
    }

    /** Runs the CLI and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the CLI without exiting, for tests. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return new VerifyCommand(out, err).run(args);
    }
}
