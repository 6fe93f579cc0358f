package dev.albatross.simulator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code simulate --base URL --key KEY --from ICAO --to ICAO [--flights N] [--speedup X]}: where
 * the API is, the pilot's API key, the route, how many flights fly it at once (1 to 1,000), and
 * how many simulated seconds pass in one real second (1 to 100,000).
 */
record SimulateOptions(String base, String key, String from, String to, int flights, int speedup) {
  static final String USAGE =
      "usage: simulate --base URL --key KEY --from ICAO --to ICAO [--flights N] [--speedup X]";
  private static final Set<String> NAMES = Set.of("--base", "--key", "--from", "--to", "--flights", "--speedup");

  /** The options in {@code args} (after the command's name); an {@link IllegalArgumentException} saying what is wrong. */
  static SimulateOptions parse(List<String> args) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.size(); i += 2) {
      String name = args.get(i);
      if (!NAMES.contains(name) || i + 1 >= args.size()) {
        throw new IllegalArgumentException("unknown or incomplete option " + name);
      }
      values.put(name, args.get(i + 1));
    }
    for (String required : List.of("--base", "--key", "--from", "--to")) {
      if (!values.containsKey(required)) {
        throw new IllegalArgumentException(required + " is required");
      }
    }
    return new SimulateOptions(values.get("--base").replaceAll("/+$", ""), values.get("--key"),
        values.get("--from").toUpperCase(java.util.Locale.ROOT), values.get("--to").toUpperCase(java.util.Locale.ROOT),
        number(values, "--flights", 1, 1_000), number(values, "--speedup", 1, 100_000));
  }

  private static int number(Map<String, String> values, String name, int fallback, int max) {
    String value = values.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value);
      if (n >= 1 && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(name + " must be a whole number from 1 to " + max);
  }
}
