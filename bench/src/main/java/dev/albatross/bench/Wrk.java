package dev.albatross.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs wrk with the settings every HTTP comparison shares and reads its summary. */
final class Wrk {
  static final int THREADS = 2;
  static final int CONNECTIONS = 16;

  private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
  private static final Pattern ERRORS = Pattern.compile("Socket errors:.*");

  record Result(double rps, double p50Ms, double p99Ms, long non2xx, String socketErrors) {}

  private Wrk() {}

  /** A Lua script that POSTs {@code body} as JSON with {@code token}. */
  static Path postScript(Path dir, String name, String body, String token) {
    String lua = "wrk.method = \"POST\"\n"
        + "wrk.body = [[" + body + "]]\n"
        + "wrk.headers[\"Content-Type\"] = \"application/json\"\n"
        + (token == null ? "" : "wrk.headers[\"Authorization\"] = \"Bearer " + token + "\"\n");
    try {
      return Files.writeString(dir.resolve(name + ".lua"), lua);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Loads {@code url} until its throughput stops rising (see {@link Bench#warmUp}); answers the seconds. */
  static int warmUp(String url, Path script, String token) {
    return Bench.warmUp(() -> run(url, script, token, Bench.WARMUP_RUN_SECONDS).rps());
  }

  static Result run(String url, Path script, String token, int seconds) {
    List<String> command = new ArrayList<>(List.of("wrk", "-t" + THREADS, "-c" + CONNECTIONS, "-d" + seconds + "s",
        "--latency", "--timeout", "5s"));
    if (script != null) {
      command.addAll(List.of("-s", script.toString()));
    }
    if (token != null) {
      command.addAll(List.of("-H", "Authorization: Bearer " + token));
    }
    command.add(url);
    String out = Sh.run(Duration.ofSeconds(seconds + 30L), command).orFail("wrk").output();
    return new Result(number(RPS, out), latencyMs(out, "50%"), latencyMs(out, "99%"),
        NON_2XX.matcher(out).find() ? Long.parseLong(first(NON_2XX, out)) : 0,
        ERRORS.matcher(out).find() ? first(ERRORS, out) : "");
  }

  private static double latencyMs(String out, String percentile) {
    Matcher m = Pattern.compile("\\s" + Pattern.quote(percentile) + "\\s+([0-9.]+)(us|ms|s)").matcher(out);
    if (!m.find()) {
      throw new IllegalStateException("no " + percentile + " latency in wrk output:\n" + out);
    }
    double value = Double.parseDouble(m.group(1));
    return switch (m.group(2)) {
      case "us" -> value / 1000;
      case "s" -> value * 1000;
      default -> value;
    };
  }

  private static double number(Pattern p, String out) {
    return Double.parseDouble(first(p, out));
  }

  private static String first(Pattern p, String out) {
    Matcher m = p.matcher(out);
    if (!m.find()) {
      throw new IllegalStateException("unexpected wrk output:\n" + out);
    }
    return m.groupCount() > 0 ? m.group(1) : m.group();
  }
}
