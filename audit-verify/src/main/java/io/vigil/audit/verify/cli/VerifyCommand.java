package io.vigil.audit.verify.cli;

import io.vigil.audit.verify.bundle.BundleVerifier;
import io.vigil.audit.verify.bundle.Fault;
import io.vigil.audit.verify.bundle.VerificationReport;
import io.vigil.audit.verify.note.NoteVerificationException;
import io.vigil.audit.verify.note.SignerKey;
import io.vigil.audit.verify.note.VerifierKey;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/** Parses the command line, runs a verification or key generation, and prints the outcome for a person. */
final class VerifyCommand {

    static final int VERIFIED = 0;
    static final int FAULTS = 1;
    static final int USAGE = 2;

    private static final String USAGE_TEXT = """
            Usage: java -jar audit-verify.jar [--key KEY] BUNDLE.zip
                   java -jar audit-verify.jar keygen NAME

            Verifies a Vigil audit export bundle offline: the manifest signature, every file's SHA-256,
            each event's leaf hash, contiguous seq, the Merkle root at every signed checkpoint and the
            consistency proofs between checkpoints. Every fault found is listed.

              --key KEY   the log's verifier key you trust (NAME+HASH+BASE64), or a file holding it;
                          without it the bundle's own public-key.txt is used, which proves integrity
                          but not who signed
              keygen NAME print a new signing key (PRIVATE+KEY+...; keep it secret) and its verifier key
              --help      show this text

            Exit status: 0 verified, 1 faults found, 2 usage or I/O error.
            """;

    private final PrintStream out;
    private final PrintStream err;

    VerifyCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.print(USAGE_TEXT);
            return VERIFIED;
        }
        if (args.length == 2 && args[0].equals("keygen")) {
            return keygen(args[1]);
        }
        if (args.length == 1 && !args[0].startsWith("-")) {
            return verify(BundleVerifier.trustingBundleKey(), Path.of(args[0]));
        }
        if (args.length == 3 && args[0].equals("--key") && !args[2].startsWith("-")) {
            try {
                return verify(BundleVerifier.pinnedTo(readKey(args[1])), Path.of(args[2]));
            } catch (NoteVerificationException | IOException e) {
                return usage("cannot read --key: " + e.getMessage());
            }
        }
        return usage("expected a bundle path, --key KEY BUNDLE.zip, keygen NAME or --help");
    }

    private static VerifierKey readKey(String arg) throws NoteVerificationException, IOException {
        Path file = Path.of(arg);
        return VerifierKey.parse(Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : arg);
    }

    private int verify(BundleVerifier verifier, Path bundle) {
        if (!Files.isRegularFile(bundle)) {
            return usage("no such file: " + bundle);
        }
        VerificationReport report;
        try {
            report = verifier.verify(bundle);
        } catch (IOException e) {
            return usage("cannot read " + bundle + " as a zip: " + e.getMessage());
        }
        if (report.verified()) {
            out.println(Summary.of(report, bundle));
            return VERIFIED;
        }
        out.println("FAILED: " + bundle + " has " + (report.faults().size() + report.faultsNotListed()) + " fault(s):");
        for (Fault fault : report.faults()) {
            out.println("  " + fault);
        }
        if (report.faultsNotListed() > 0) {
            out.println("  ... and " + report.faultsNotListed() + " more not listed");
        }
        return FAULTS;
    }

    private int keygen(String name) {
        try {
            SignerKey key = SignerKey.generate(name, new SecureRandom());
            out.println(key.encode());
            out.println(key.verifierKey().encode());
            return VERIFIED;
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
    }

    private int usage(String problem) {
        err.println("audit-verify: " + problem);
        err.println("Try: java -jar audit-verify.jar --help");
        return USAGE;
    }
}
