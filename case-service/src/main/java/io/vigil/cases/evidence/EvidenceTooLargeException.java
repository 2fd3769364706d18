package io.vigil.cases.evidence;

import io.vigil.kit.problem.ProblemException;

/** An upload above the configured evidence size limit; nothing of it is stored. */
public class EvidenceTooLargeException extends ProblemException {

    public EvidenceTooLargeException(long limit) {
        super(413, "payload-too-large", "Payload too large", "Evidence files may have at most " + limit + " bytes");
    }
}
