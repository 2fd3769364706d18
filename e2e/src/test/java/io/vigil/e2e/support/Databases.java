package io.vigil.e2e.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The end-to-end databases: dropped and created again for every run, so each run starts from an empty log, an
 * empty SOP library and no cases. They belong to the application role postgres-ensure sets up.
 */
final class Databases {

    // LOCAL DEMO CREDENTIALS, the same as deploy/local/lib.sh.
    static final String USER = "vigil";
    static final String PASSWORD = "vigil";
    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    private Databases() {
    }

    static String url(String database) {
        return SERVER + database;
    }

    static void recreate(String database) {
        if (!database.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("unexpected database name " + database);
        }
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            // FORCE ends sessions a crashed earlier run may have left behind (PostgreSQL 13+).
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database + " OWNER " + USER);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot recreate database " + database + " as role " + USER, e);
        }
    }
}
