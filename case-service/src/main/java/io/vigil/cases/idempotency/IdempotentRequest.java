package io.vigil.cases.idempotency;

import io.vigil.kit.idempotency.StoredResponse;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** The first answer to a creation request made with an Idempotency-Key, replayed to every retry. */
@Entity
@Table(name = "idempotent_request")
@IdClass(IdempotentRequest.Key.class)
public class IdempotentRequest {

    @Id
    private String caller;
    @Id
    private String scope;
    @Id
    private String key;
    @Column(name = "request_hash")
    private String requestHash;
    private int status;
    private String body;
    private String location;
    @Column(name = "created_at")
    private Instant createdAt;

    protected IdempotentRequest() {
    }

    IdempotentRequest(Key id, String requestHash, StoredResponse response, Instant now) {
        this.caller = id.caller;
        this.scope = id.scope;
        this.key = id.key;
        this.requestHash = requestHash;
        this.status = response.status();
        this.body = response.body();
        this.location = response.location();
        this.createdAt = now;
    }

    String requestHash() {
        return requestHash;
    }

    Instant createdAt() {
        return createdAt;
    }

    StoredResponse response() {
        return new StoredResponse(status, body, location, null);
    }

    /** Keys are per caller and per endpoint, so one client's key never answers another's request. */
    public static class Key implements Serializable {

        private String caller;
        private String scope;
        private String key;

        protected Key() {
        }

        Key(String caller, String scope, String key) {
            this.caller = caller;
            this.scope = scope;
            this.key = key;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && caller.equals(that.caller) && scope.equals(that.scope)
                    && key.equals(that.key);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(caller, scope, key);
        }
    }
}
