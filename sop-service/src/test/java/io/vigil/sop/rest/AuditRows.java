package io.vigil.sop.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Reads audit_outbox rows as an operator would, so tests check what was stored, not what was returned. */
@ApplicationScoped
public class AuditRows {

    private static final String BY_SOP = "SELECT envelope FROM audit_outbox WHERE envelope::jsonb #>> '{sop,key}' = ?"
            + " OR envelope::jsonb #>> '{target,id}' = ? ORDER BY id";

    private final DataSource dataSource;
    private final ObjectMapper json = new ObjectMapper();

    public AuditRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every event about one SOP or its versions, in the order they were written. */
    public List<JsonNode> aboutSop(String key) {
        try (Connection c = dataSource.getConnection(); var select = c.prepareStatement(BY_SOP)) {
            select.setString(1, key);
            select.setString(2, key);
            List<JsonNode> events = new ArrayList<>();
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(json.readTree(rows.getString(1)));
                }
            }
            return events;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<String> actions(String key) {
        return aboutSop(key).stream().map(e -> e.path("action").asText() + ":" + e.path("outcome").path("status")
                .asText()).toList();
    }
}
