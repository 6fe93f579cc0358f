package dev.albatross.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One Albatross (or floor) JVM started as a child process, its output in a log file. */
final class AppProcess implements AutoCloseable {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  private final String name;
  private final Process process;
  private final long startedNanos;
  private final int port;
  private final Path log;

  private AppProcess(String name, Process process, long startedNanos, int port, Path log) {
    this.name = name;
    this.process = process;
    this.startedNanos = startedNanos;
    this.port = port;
    this.log = log;
  }

  static AppProcess start(String name, List<String> command, Map<String, String> env, int port, Path logDir) {
    try {
      Path log = logDir.resolve(name + ".log");
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().keySet().removeIf(k -> k.startsWith("ALBATROSS_"));
      builder.environment().putAll(env);
      long started = System.nanoTime();
      return new AppProcess(name, builder.start(), started, port, log);
    } catch (IOException e) {
      throw new IllegalStateException("cannot start " + name, e);
    }
  }

  /**
   * {@code java -jar} on the Albatross jar; {@code ALBATROSS_BENCH_JVM_OPTS} (space-separated)
   * adds JVM options to every Albatross process, to profile one for example.
   */
  static List<String> javaJar(Path jar, String... args) {
    List<String> command = new ArrayList<>(List.of(javaBinary()));
    command.addAll(options("ALBATROSS_BENCH_JVM_OPTS"));
    command.addAll(List.of("-jar", jar.toString()));
    command.addAll(List.of(args));
    return command;
  }

  /**
   * {@link #javaJar} for the default mode, started as {@code make run} and the image start it:
   * with the options in {@code ALBATROSS_BENCH_EMBEDDED_JVM_OPTS}, which bench/run.sh takes from
   * the Makefile's JAVA_OPTS.
   */
  static List<String> embeddedJar(Path jar) {
    List<String> command = javaJar(jar);
    command.addAll(1, options("ALBATROSS_BENCH_EMBEDDED_JVM_OPTS"));
    return command;
  }

  private static List<String> options(String variable) {
    String value = System.getenv().getOrDefault(variable, "").trim();
    return value.isEmpty() ? List.of() : List.of(value.split("\\s+"));
  }

  static String javaBinary() {
    return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
  }

  /** Polls {@code path} every 10 ms until it answers 200; answers the milliseconds since the process started. */
  long awaitHealthy(String path, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(1)).build();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited during start-up; see " + log);
      }
      try {
        if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return (System.nanoTime() - startedNanos) / 1_000_000;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
      Bench.sleep(10);
    }
    throw new IllegalStateException(name + " not healthy within " + limit + "; see " + log);
  }

  /** Peak resident set size (VmHWM) of the JVM so far, in MiB. */
  double peakRssMib() {
    return rssMib("VmHWM:");
  }

  /** A size line of /proc/pid/status ({@code VmRSS:}, {@code VmHWM:}), in MiB. */
  double rssMib(String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
        if (line.startsWith(field)) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the RSS of " + name, e);
    }
    throw new IllegalStateException("no " + field + " for " + name);
  }

  long pid() {
    return process.pid();
  }

  int port() {
    return port;
  }

  Path log() {
    return log;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(15, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
