package io.vigil.audit.privacy;

import io.vigil.audit.config.AuditConfig;
import io.vigil.audit.privacy.Sealer.Sealed;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.sql.DataSource;

/**
 * Per-subject data keys in {@code subject_key}, wrapped under the master key from configuration, so a database dump
 * alone reveals no personal data; destroying a subject's key is its erasure (crypto-shredding).
 */
@ApplicationScoped
public class SubjectKeys {

    private final DataSource dataSource;
    private final Sealer sealer = new Sealer(new SecureRandom());
    private final SecretKey master;

    public SubjectKeys(DataSource dataSource, AuditConfig config) {
        this.dataSource = dataSource;
        byte[] raw = Base64.getDecoder().decode(config.privacy().masterKey());
        if (raw.length != 32) {
            throw new IllegalStateException("vigil.audit.privacy.master-key must be 32 bytes in base64");
        }
        this.master = Sealer.key(raw);
    }

    Sealer sealer() {
        return sealer;
    }

    /** The subject's live key, created on first use; concurrent first uses agree on one key. */
    SubjectKey keyFor(String subjectRef, Instant now) {
        return find("subject_ref = ? AND wrapped_key IS NOT NULL", subjectRef).orElseGet(() -> {
            UUID keyId = UUID.randomUUID();
            SecretKey key = sealer.newKey();
            Sealed wrapped = sealer.seal(master, key.getEncoded(), context(keyId));
            update("INSERT INTO subject_key (key_id, subject_ref, wrapped_key, created_at) VALUES (?, ?, ?, ?)"
                    + " ON CONFLICT (subject_ref) WHERE wrapped_key IS NOT NULL DO NOTHING", keyId, subjectRef,
                    ByteBuffer.allocate(12 + wrapped.ciphertext().length).put(wrapped.nonce()).put(wrapped.ciphertext()).array(),
                    Timestamp.from(now));
            return find("subject_ref = ? AND wrapped_key IS NOT NULL", subjectRef).orElseThrow();
        });
    }

    /** The key by id, empty when it never existed here or was destroyed. */
    Optional<SubjectKey> find(UUID keyId) {
        return find("key_id = ? AND wrapped_key IS NOT NULL", keyId);
    }

    /** Destroys every live key of the subject; returns how many. */
    int destroy(String subjectRef, Instant at) {
        return update("UPDATE subject_key SET wrapped_key = NULL, erased_at = ? WHERE subject_ref = ?"
                + " AND wrapped_key IS NOT NULL", Timestamp.from(at), subjectRef);
    }

    private Optional<SubjectKey> find(String where, Object value) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT key_id, wrapped_key FROM subject_key WHERE " + where)) {
            select.setObject(1, value);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(unwrap(row.getObject(1, UUID.class), row.getBytes(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read subject keys", e);
        }
    }

    private SubjectKey unwrap(UUID keyId, byte[] stored) {
        byte[] nonce = java.util.Arrays.copyOfRange(stored, 0, 12);
        byte[] ciphertext = java.util.Arrays.copyOfRange(stored, 12, stored.length);
        try {
            return new SubjectKey(keyId, Sealer.key(sealer.open(master, new Sealed(nonce, ciphertext), context(keyId))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("subject key " + keyId + " does not open with the configured master key", e);
        }
    }

    private int update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot change subject keys", e);
        }
    }

    private static byte[] context(UUID keyId) {
        return ("vigil-subject-key:" + keyId).getBytes(StandardCharsets.UTF_8);
    }

    /** A subject's data key. */
    record SubjectKey(UUID id, SecretKey key) {
    }
}
