package dev.albatross.api;

import dev.albatross.cluster.AlbatrossProcess;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar in the default mode, on a data directory of each test's own, and a web client to it. */
abstract class JarInDataDirectory {
  static final String ADMIN_PASSWORD = "embedded-admin-password";

  private final Vertx vertx = Vertx.vertx();
  @TempDir
  Path data;
  AlbatrossProcess app;
  WebClient web;

  /** Names the process's log. */
  abstract String name();

  @BeforeEach
  void start() {
    app = AlbatrossProcess.start(name() + "-" + UUID.randomUUID(), Map.of(
        "ALBATROSS_DATA_DIR", data.toString(),
        "ALBATROSS_ADMIN_PASSWORD", ADMIN_PASSWORD));
    web = WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(app.port())
        .setConnectTimeout(2000));
  }

  @AfterEach
  void stop() {
    app.close();
    vertx.close().await();
  }

  Caller signIn(String email, String password) {
    return Caller.signIn(web, email, password);
  }
}
