package dev.albatross.adapter.tsv;

import dev.albatross.domain.model.airport.Airport;
import dev.albatross.domain.port.Airports;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The airport database the jar carries (airports/build.mjs makes it): a gzipped TSV whose
 * rows come most prominent airport first, an order that searches keep.
 */
public final class TsvAirports implements Airports {
  public static final String RESOURCE = "airports/airports.tsv.gz";
  private static final Logger LOG = LoggerFactory.getLogger(TsvAirports.class);
  private static final String HEADER = "icao\tiata\tname\tcity\tcountry\tlat\tlon\televationFt";

  private final List<Airport> airports;
  /** Each airport's name as searches compare it, at the same index. */
  private final String[] foldedNames;
  private final Map<String, Airport> byIcao;
  private final Map<String, Airport> byIata;

  private TsvAirports(List<Airport> airports) {
    this.airports = List.copyOf(airports);
    this.foldedNames = new String[airports.size()];
    this.byIcao = new HashMap<>(airports.size() * 2);
    this.byIata = new HashMap<>(airports.size());
    for (int i = 0; i < foldedNames.length; i++) {
      Airport airport = airports.get(i);
      foldedNames[i] = fold(airport.name());
      byIcao.put(airport.icao(), airport);
      if (airport.iata() != null) {
        byIata.put(airport.iata(), airport);
      }
    }
  }

  /** Reads the database on a worker thread. */
  public static Future<Airports> load(Vertx vertx) {
    return vertx.executeBlocking(TsvAirports::fromClasspath);
  }

  public static TsvAirports fromClasspath() {
    long started = System.nanoTime();
    try (InputStream in = TsvAirports.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath (make airports builds it)");
      }
      TsvAirports airports = read(in);
      LOG.info("Loaded {} airports in {} ms", airports.size(), (System.nanoTime() - started) / 1_000_000);
      return airports;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static TsvAirports read(InputStream gzipped) throws IOException {
    BufferedReader lines = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(gzipped, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
    if (!HEADER.equals(lines.readLine())) {
      throw new IllegalStateException(RESOURCE + " does not start with the header " + HEADER);
    }
    // the same few hundred country names and many city names repeat: one string each
    Map<String, String> shared = new HashMap<>();
    List<Airport> airports = new ArrayList<>(32_768);
    String line;
    while ((line = lines.readLine()) != null) {
      airports.add(parse(line, airports.size() + 2, shared));
    }
    return new TsvAirports(airports);
  }

  private static Airport parse(String line, int number, Map<String, String> shared) {
    String[] f = new String[8];
    int start = 0;
    for (int i = 0; i < 7; i++) {
      int tab = line.indexOf('\t', start);
      if (tab < 0) {
        throw new IllegalStateException(RESOURCE + " line " + number + " has " + (i + 1) + " fields, not 8");
      }
      f[i] = line.substring(start, tab);
      start = tab + 1;
    }
    f[7] = line.substring(start);
    return new Airport(f[0], blankToNull(f[1]), f[2], blankToNull(shared.computeIfAbsent(f[3], k -> k)),
        shared.computeIfAbsent(f[4], k -> k), Double.parseDouble(f[5]), Double.parseDouble(f[6]),
        Integer.parseInt(f[7]));
  }

  private static String blankToNull(String value) {
    return value.isEmpty() ? null : value;
  }

  /** Lower case without accents; most names are ASCII and skip the costlier decomposition. */
  static String fold(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      if (lower.charAt(i) > 0x7f) {
        return withoutMarks(Normalizer.normalize(lower, Normalizer.Form.NFD));
      }
    }
    return lower;
  }

  private static String withoutMarks(String decomposed) {
    StringBuilder kept = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        kept.append(c);
      }
    }
    return kept.toString();
  }

  @Override
  public Optional<Airport> byIcao(String icao) {
    return icao == null ? Optional.empty() : Optional.ofNullable(byIcao.get(icao.toUpperCase(Locale.ROOT)));
  }

  @Override
  public List<Airport> search(String query, int limit) {
    String code = query.strip().toUpperCase(Locale.ROOT);
    if (code.isEmpty() || limit < 1) {
      return List.of();
    }
    Set<Airport> found = new LinkedHashSet<>();
    Optional.ofNullable(byIcao.get(code)).ifPresent(found::add);
    Optional.ofNullable(byIata.get(code)).ifPresent(found::add);
    for (int i = 0; i < airports.size() && found.size() < limit; i++) {
      Airport airport = airports.get(i);
      if (airport.icao().startsWith(code) || (airport.iata() != null && airport.iata().startsWith(code))) {
        found.add(airport);
      }
    }
    String name = fold(query.strip());
    for (int i = 0; i < airports.size() && found.size() < limit; i++) {
      if (foldedNames[i].contains(name)) {
        found.add(airports.get(i));
      }
    }
    return found.stream().limit(limit).toList();
  }

  @Override
  public int size() {
    return airports.size();
  }

  /** Every airport, most prominent first. */
  List<Airport> all() {
    return airports;
  }
}
