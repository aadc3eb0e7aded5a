package dev.parley.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Starts Neo4j Community embedded with a Bolt listener on loopback, for Parley's local mode.
 *
 * <p>Arguments: {@code --data-dir DIR --port N [--host H] [--pagecache-mb N]}. Prints
 * {@code PARLEY_NEO4J_READY bolt://host:port} once the default database is available, then
 * runs until standard input closes (the parent process exited or asked it to stop) or it is
 * signalled; either way it shuts the database down cleanly so the store is never left dirty.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = parse(args);
    Path dataDir = Path.of(require(options, "data-dir")).toAbsolutePath();
    int port = Integer.parseInt(require(options, "port"));
    String host = options.getOrDefault("host", "127.0.0.1");
    long pageCacheMb = Long.parseLong(options.getOrDefault("pagecache-mb", "256"));

    DatabaseManagementService service =
        new DatabaseManagementServiceBuilder(dataDir)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
            .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Thread shutdown =
        new Thread(
            () -> {
              service.shutdown();
              stopped.countDown();
            },
            "parley-neo4j-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);

    service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    System.out.println("PARLEY_NEO4J_READY bolt://" + host + ":" + port);
    System.out.flush();

    waitForEndOfInput(System.in);
    System.exit(0);
  }

  /** Blocks until the parent closes our standard input, which is how a dying parent is noticed. */
  private static void waitForEndOfInput(InputStream in) {
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // Input is ignored; only its end matters.
      }
    } catch (IOException closed) {
      // A broken pipe means the parent is gone, the same as end of input.
    }
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --option value, got " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    return options;
  }

  private static String require(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException("missing --" + name);
    }
    return value;
  }
}
