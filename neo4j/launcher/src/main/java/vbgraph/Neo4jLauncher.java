package vbgraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Tiny embedded Neo4j 5.26 (community) server for vbgraph tests and development.
 *
 * <p>Starts an embedded DBMS with only the Bolt connector (127.0.0.1), auth enabled, sets the
 * password of user {@code neo4j}, prints {@code vbgraph-neo4j ready bolt://127.0.0.1:<port>} and
 * blocks until the JVM is terminated (SIGTERM/SIGINT shut the database down cleanly).
 *
 * <p>Usage: {@code java -cp 'target/classes:target/lib/*' vbgraph.Neo4jLauncher [home-dir]}
 *
 * <p>Environment:
 * <ul>
 *   <li>{@code VBGRAPH_NEO4J_HOME} - home/data directory if no argument is given (default {@code .data/neo4j})</li>
 *   <li>{@code VBGRAPH_NEO4J_PORT} - Bolt port (default 7687)</li>
 *   <li>{@code NEO4J_PASSWORD} - password for user {@code neo4j} (default {@code vbgraph-dev-password})</li>
 *   <li>{@code VBGRAPH_NEO4J_PAGECACHE_MB} - page cache size in MiB (default 256)</li>
 * </ul>
 */
public final class Neo4jLauncher {

    static final String READY_PREFIX = "vbgraph-neo4j ready ";
    static final String DEFAULT_HOME = ".data/neo4j";
    static final int DEFAULT_PORT = 7687;
    static final String DEFAULT_PASSWORD = "vbgraph-dev-password";
    static final String HOST = "127.0.0.1";

    private Neo4jLauncher() {}

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable t) {
            t.printStackTrace(System.err);
            // one-line summary last, so it shows up in `tail` of the log
            System.err.println("vbgraph-neo4j FAILED: " + rootMessage(t));
            System.err.flush();
            // exit (not halt): runs the shutdown hook, if registered, for a clean DB shutdown
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        Path home = Path.of(args.length > 0 && !args[0].isBlank() ? args[0] : env("VBGRAPH_NEO4J_HOME", DEFAULT_HOME))
                .toAbsolutePath()
                .normalize();
        int port = parseInt("VBGRAPH_NEO4J_PORT", env("VBGRAPH_NEO4J_PORT", String.valueOf(DEFAULT_PORT)));
        long pageCacheMb = parseInt("VBGRAPH_NEO4J_PAGECACHE_MB", env("VBGRAPH_NEO4J_PAGECACHE_MB", "256"));
        String password = env("NEO4J_PASSWORD", DEFAULT_PASSWORD);
        Files.createDirectories(home);

        log("starting Neo4j (home " + home + ", bolt " + HOST + ":" + port + ")");
        long t0 = System.nanoTime();

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                // network: Bolt on loopback only, no HTTP(S)
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(HOST))
                .setConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress(HOST))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                // security
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // modest resources
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(60))
                // db.tx_log.rotation.retention_policy: old transaction logs kept up to 512 MB
                // (the default keeps two days: a bulk ingest writes 60-90 MB of logs per 40 MB of
                // text, 1.1 GB after twelve minutes of benchmark runs). Recovery reads only the
                // logs since the last checkpoint, which are always kept.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "512M size")
                // dbms.usage_report.enabled (field still called udc_enabled in 5.26): no phone-home
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // internal setting: Netty's default 5 s quiet period (applied twice) makes every
                // shutdown take >10 s; 0 keeps stop fast. Pinned Neo4j version, so this is safe.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();

        log("DBMS built in " + (System.nanoTime() - t0) / 1_000_000 + " ms");

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log("shutting down Neo4j ...");
            try {
                dbms.shutdown();
                log("Neo4j stopped cleanly");
            } catch (Throwable t) {
                System.err.println("vbgraph-neo4j: error during shutdown: " + t);
            } finally {
                stopped.countDown();
            }
        }, "vbgraph-neo4j-shutdown"));

        setPassword(dbms, password);

        // make sure the default database is really up before announcing readiness
        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        db.executeTransactionally("RETURN 1");

        long ms = (System.nanoTime() - t0) / 1_000_000;
        log("started in " + ms + " ms");
        System.out.println(READY_PREFIX + "bolt://" + HOST + ":" + port);
        System.out.flush();

        stopped.await(); // blocks until the shutdown hook has run
    }

    /**
     * Sets the password of user {@code neo4j} (community edition: ALTER USER on the system
     * database). On the very first start the user has the default password and "change required";
     * on later starts the password may already be the requested one, which Neo4j rejects with
     * "Old password and new password cannot be the same" - that is fine.
     */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
            log("password of user 'neo4j' set from NEO4J_PASSWORD (or default)");
        } catch (RuntimeException e) {
            String msg = String.valueOf(rootMessage(e));
            if (msg.toLowerCase().contains("cannot be the same")) {
                // password already correct; make sure no change is required anyway
                system.executeTransactionally("ALTER USER neo4j SET PASSWORD CHANGE NOT REQUIRED");
                log("password of user 'neo4j' already up to date");
            } else {
                throw new IllegalStateException("could not set password of user 'neo4j': " + msg, e);
            }
        }
    }

    private static String rootMessage(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            // skip messages already contained (wrappers tend to repeat their cause)
            if (c.getMessage() != null && sb.indexOf(c.getMessage()) < 0) {
                if (sb.length() > 0) sb.append(" / ");
                sb.append(c.getMessage());
            }
            if (c.getCause() == c) break;
        }
        return sb.toString();
    }

    private static String env(String name, String dflt) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? dflt : v.trim();
    }

    private static int parseInt(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an integer, got '" + value + "'");
        }
    }

    private static void log(String msg) {
        System.out.println("vbgraph-neo4j: " + msg);
        System.out.flush();
    }
}
