package io.vigil.console.audit;

import io.vigil.console.format.Notice;
import io.vigil.console.outbound.Answer;

/**
 * An export's state page: the job, and the command that verifies its bundle offline. The command names the key
 * to trust explicitly, as audit-verify's summary only vouches for the signer when it is given one.
 */
public record ExportView(String id, Answer<ExportJob> job, String key, boolean keyPinned, Notice notice) {

    ExportView with(Notice newNotice) {
        return new ExportView(id, job, key, keyPinned, newNotice);
    }

    public String verifyCommand() {
        String file = "audit-" + id + ".zip";
        return key == null ? "java -jar audit-verify.jar " + file
                : "java -jar audit-verify.jar --key '" + key + "' " + file;
    }
}
