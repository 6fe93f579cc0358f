package dev.albatross.domain.port;

import dev.albatross.domain.model.airport.Airport;
import java.util.List;
import java.util.Optional;

/**
 * The airport database. Unlike the other ports it answers directly, not with a future: it is
 * reference data loaded into memory once at start, so no call waits on anything.
 */
public interface Airports {
  int DEFAULT_LIMIT = 10;
  int MAX_LIMIT = 50;

  /** The airport with this ICAO code, in any case. */
  Optional<Airport> byIcao(String icao);

  /**
   * At most {@code limit} airports: first those whose ICAO or IATA code starts with {@code query}
   * (an exact code first), then those whose name contains it, in any case and ignoring accents;
   * within each group the most prominent airports (large, then medium, then the rest) first.
   */
  List<Airport> search(String query, int limit);

  /** How many airports there are. */
  int size();
}
