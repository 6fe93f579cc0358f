package dev.albatross.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs an external command to completion within a time limit and answers its combined output. */
final class Sh {
  private Sh() {}

  record Result(int exitCode, String output) {
    Result orFail(String what) {
      if (exitCode != 0) {
        throw new IllegalStateException(what + " failed (exit " + exitCode + "):\n" + output);
      }
      return this;
    }
  }

  static Result run(Duration limit, List<String> command) {
    return run(limit, command, null);
  }

  static Result run(Duration limit, List<String> command, String stdin) {
    try {
      Path out = Files.createTempFile("albatross-bench", ".out");
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
      Process process = builder.start();
      try (var in = process.getOutputStream()) {
        if (stdin != null) {
          in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
      }
      if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        throw new IllegalStateException("timed out after " + limit + ": " + String.join(" ", command));
      }
      String output = Files.readString(out);
      Files.deleteIfExists(out);
      return new Result(process.exitValue(), output);
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** psql against the local server as user postgres; stops at the first error. */
  static Result psql(String database, String script) {
    return run(Duration.ofMinutes(3), List.of("psql", "-h", "127.0.0.1", "-U", "postgres", "-X", "-q",
        "-v", "ON_ERROR_STOP=1", "-d", database), script).orFail("psql " + database);
  }

  static String psqlValue(String database, String query) {
    return run(Duration.ofSeconds(30), List.of("psql", "-h", "127.0.0.1", "-U", "postgres", "-X", "-A", "-t",
        "-d", database, "-c", query)).orFail("psql " + query).output().trim();
  }
}
