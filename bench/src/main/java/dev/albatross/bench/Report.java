package dev.albatross.bench;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures of one run: the printed table, {@code latest.json} and a per-run file with every round. */
final class Report {
  private final JsonObject figures = new JsonObject();
  private final JsonObject rounds = new JsonObject();
  private final JsonObject machine;
  private final List<String[]> rows = new ArrayList<>();

  Report(JsonObject machine) {
    this.machine = machine;
  }

  void put(String section, String key, double value) {
    JsonObject s = figures.getJsonObject(section);
    if (s == null) {
      s = new JsonObject();
      figures.put(section, s);
    }
    s.put(key, Math.round(value * 100) / 100.0);
  }

  /** A count, kept whole. */
  void put(String section, String key, long value) {
    put(section, key, 0.0);
    figures.getJsonObject(section).put(key, value);
  }

  void rounds(String section, String side, List<Double> values) {
    rounds.put(section + "." + side, new JsonArray(new ArrayList<>(values)));
  }

  /** A table row: what, Albatross, floor, ratio or limit, target, met. */
  void row(String what, String albatross, String floor, String ratio, String target, boolean met) {
    rows.add(new String[] {what, albatross, floor, ratio, target, met ? "yes" : "NO"});
  }

  static String f(double value) {
    return String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.2f", value);
  }

  String table() {
    StringBuilder out = new StringBuilder();
    out.append("| figure | Albatross | floor | ratio | target | met |\n|---|---:|---:|---:|---|---|\n");
    for (String[] r : rows) {
      out.append("| ").append(String.join(" | ", r)).append(" |\n");
    }
    return out.toString();
  }

  void write(Path dir, String stamp) throws IOException {
    Files.createDirectories(dir);
    JsonObject latest = figures.copy().put("machine", machine);
    Files.writeString(dir.resolve("latest.json"), latest.encodePrettily() + "\n");
    Files.writeString(dir.resolve("run-" + stamp + ".json"),
        latest.copy().put("rounds", rounds).put("table", table()).encodePrettily() + "\n");
    Files.writeString(dir.resolve("run-" + stamp + ".md"), table());
  }
}
