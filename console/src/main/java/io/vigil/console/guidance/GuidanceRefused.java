package io.vigil.console.guidance;

/** case-service said no to a guidance call, with the problem's detail for the investigator. */
public class GuidanceRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public GuidanceRefused(int status, String detail) {
        super(detail);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
