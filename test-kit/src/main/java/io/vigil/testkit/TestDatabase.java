package io.vigil.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * Creates the module's own database on the machine's PostgreSQL (Dev Services are off here), so each
 * module's tests can run beside the others and beside a running suite. Flyway then cleans and migrates it.
 */
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    static final String SERVER = System.getProperty("vigil.test.db.server", "jdbc:postgresql://127.0.0.1:5432/");
    static final String USER = System.getProperty("vigil.test.db.user", "vigil");
    static final String PASSWORD = System.getProperty("vigil.test.db.password", "vigil");
    /** Set per checkout (for example {@code -Dvigil.test.db.prefix=wt1_}) so two checkouts never clean each other's. */
    static final String PREFIX = System.getProperty("vigil.test.db.prefix", "");

    private String name;

    /** The JDBC URL of a test database by its plain name, with this checkout's prefix, for tests that connect directly. */
    public static String url(String name) {
        return SERVER + PREFIX + name;
    }

    @Override
    public void init(Map<String, String> args) {
        name = PREFIX + args.getOrDefault("name", "vigil_test");
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
    }

    @Override
    public Map<String, String> start() {
        ensureExists(name);
        return Map.of(
                "quarkus.datasource.jdbc.url", SERVER + name,
                "quarkus.datasource.username", USER,
                "quarkus.datasource.password", PASSWORD);
    }

    @Override
    public void stop() {
        // the database stays for inspection after a failure; Flyway cleans it at the next start
    }

    static void ensureExists(String name) {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
             var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("CREATE DATABASE " + name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach PostgreSQL at " + SERVER + " as " + USER
                    + " to create the test database " + name + "; run deploy/local/postgres-ensure first", e);
        }
    }
}
