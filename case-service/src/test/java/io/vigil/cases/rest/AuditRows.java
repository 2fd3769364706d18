package io.vigil.cases.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Reads audit-client's outbox the way an operator would, so tests check what was stored for audit-service. */
@ApplicationScoped
public class AuditRows {

    private final DataSource dataSource;

    public AuditRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The envelopes (JSON) whose target is this id, oldest first. */
    public List<String> about(String targetId) {
        return like("%\"id\":\"" + targetId + "\"%");
    }

    /** The envelopes (JSON) containing this text, oldest first. */
    public List<String> matching(String fragment) {
        return like("%" + fragment + "%");
    }

    private List<String> like(String pattern) {
        try (Connection c = dataSource.getConnection();
             var select = c.prepareStatement("SELECT envelope FROM audit_outbox WHERE envelope LIKE ? ORDER BY id")) {
            select.setString(1, pattern);
            List<String> found = new ArrayList<>();
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
