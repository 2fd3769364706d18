package io.vigil.cases.notification;

/** A webhook request whose signature does not prove it came, unaltered and recently, from this service. */
public class WebhookSignatureException extends Exception {

    public WebhookSignatureException(String message) {
        super(message);
    }
}
