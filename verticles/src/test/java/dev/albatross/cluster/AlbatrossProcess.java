package dev.albatross.cluster;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Albatross process, the packaged jar in a JVM of its own, as production runs it: started
 * with {@code ALBATROSS_*} variables, killed with SIGKILL or stopped, its output kept in
 * {@code target/it-logs/<name>.log}.
 */
public final class AlbatrossProcess implements AutoCloseable {
  private static final Path JAR = Path.of("target", "albatross.jar");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final String name;
  private final Map<String, String> env;
  private final int port;
  private Process process;

  private AlbatrossProcess(String name, Map<String, String> env, int port) {
    this.name = name;
    this.env = env;
    this.port = port;
  }

  /** Launches the process without waiting for it; {@link #awaitHealthy} waits. */
  public static AlbatrossProcess launch(String name, Map<String, String> env) {
    Map<String, String> all = new HashMap<>(env);
    int port = freePort();
    all.put("ALBATROSS_HTTP_PORT", Integer.toString(port));
    AlbatrossProcess p = new AlbatrossProcess(name, all, port);
    p.spawn();
    return p;
  }

  public static AlbatrossProcess start(String name, Map<String, String> env) {
    return launch(name, env).awaitHealthy();
  }

  private void spawn() {
    if (!Files.exists(JAR)) {
      throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: integration tests run after package");
    }
    try {
      File logs = Path.of("target", "it-logs").toFile();
      logs.mkdirs();
      ProcessBuilder builder = new ProcessBuilder("java", "-Xmx256m", "-jar", JAR.toString())
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(logs, name + ".log")));
      builder.environment().keySet().removeIf(k -> k.startsWith("ALBATROSS_"));
      builder.environment().putAll(env);
      process = builder.start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start " + name, e);
    }
  }

  public AlbatrossProcess awaitHealthy() {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see target/it-logs/" + name + ".log");
      }
      if (healthStatus() == 200) {
        return this;
      }
      sleep(200);
    }
    throw new IllegalStateException(name + " did not become healthy within " + START_TIMEOUT);
  }

  /** The status of GET /health, or -1 while nothing answers. */
  public int healthStatus() {
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
          .timeout(Duration.ofSeconds(3)).build();
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  public int port() {
    return port;
  }

  /** SIGKILL: no shutdown hook, no goodbye to the broker or the database. */
  public void kill() {
    process.destroyForcibly();
    waitFor();
  }

  /** A new JVM with the same name, port and variables. */
  public AlbatrossProcess restart() {
    spawn();
    return awaitHealthy();
  }

  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          kill();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Runs the jar with a command (e.g. rebuild-projections) and its arguments and the same variables; answers its exit code. */
  public static int runCommand(String name, Map<String, String> env, String... command) throws Exception {
    File log = Path.of("target", "it-logs", name + ".log").toFile();
    log.getParentFile().mkdirs();
    List<String> line = new ArrayList<>(List.of("java", "-jar", JAR.toString()));
    line.addAll(List.of(command));
    ProcessBuilder builder = new ProcessBuilder(line)
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log));
    builder.environment().keySet().removeIf(k -> k.startsWith("ALBATROSS_"));
    builder.environment().putAll(env);
    Process p = builder.start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " did not finish within 120 s");
    }
    return p.exitValue();
  }

  private void waitFor() {
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
