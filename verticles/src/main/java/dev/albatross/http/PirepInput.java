package dev.albatross.http;

import dev.albatross.domain.error.FieldError;
import dev.albatross.domain.error.ValidationFailed;
import dev.albatross.domain.model.airport.Airport;
import dev.albatross.domain.model.pirep.FlightDetails;
import dev.albatross.domain.port.Airports;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The PIREP input of API.md translated into flight details, whose own rules judge the values: the
 * JSON gives each field its type (codes upper-cased, times to the millisecond), the airport
 * database knows both airports, and a PIREP without a distance gets the great-circle one between
 * them. A 400 names every bad field once: the JSON's complaint first, then the value's, then the
 * airport's.
 */
final class PirepInput {
  /** The longest code read before its rule is applied. */
  private static final int CODE_READ_LIMIT = 1000;

  private PirepInput() {}

  static FlightDetails read(Body body, Airports airports) {
    String flightNumber = code(body, "flightNumber");
    String departure = code(body, "departure");
    String arrival = code(body, "arrival");
    String aircraftType = code(body, "aircraftType");
    Integer flightTime = body.whole("flightTimeMinutes", true);
    Instant blockOff = millis(body.instant("blockOffAt"));
    Instant blockOn = millis(body.instant("blockOnAt"));
    Integer fuel = body.whole("fuelUsedKg", false);
    Integer distance = body.whole("distanceNm", false);
    Integer landingRate = body.whole("landingRateFpm", false);
    String route = body.string("route", false, 0, Integer.MAX_VALUE);
    String notes = body.string("notes", false, 0, Integer.MAX_VALUE);
    List<FieldError> problems = FlightDetails.problems(flightNumber, departure, arrival, aircraftType, flightTime,
        blockOff, blockOn, fuel, distance, landingRate, route, notes);
    Map<String, String> complaints = firstPerField(body.errors(), problems);
    Map<String, String> errors = new LinkedHashMap<>();
    BEFORE_AIRPORTS.forEach(field -> keep(field, complaints, errors));
    Optional<Airport> from = known("departure", departure, airports, errors);
    Optional<Airport> to = known("arrival", arrival, airports, errors);
    AFTER_AIRPORTS.forEach(field -> keep(field, complaints, errors));
    refuseAny(errors);
    if (distance == null) {
      distance = (int) Math.round(from.orElseThrow().distanceNmTo(to.orElseThrow()));
    }
    return new FlightDetails(flightNumber, departure, arrival, aircraftType, flightTime, blockOff, blockOn, fuel,
        distance, landingRate, route, notes);
  }

  /** What a PIREP and a live flight both declare; both airports known when the codes are well formed. */
  record Planned(String flightNumber, String departure, String arrival, Airport from, Airport to, String aircraftType) {}

  /**
   * A live flight's codes, as a PIREP's are read, with every problem recorded in {@code body}
   * for its {@link Body#validate}: the caller reads its own fields, then validates once.
   */
  static Planned planned(Body body, Airports airports) {
    String flightNumber = code(body, "flightNumber");
    String departure = code(body, "departure");
    String arrival = code(body, "arrival");
    String aircraftType = code(body, "aircraftType");
    Set<String> bad = new HashSet<>();
    body.errors().forEach(e -> bad.add(e.field()));
    FlightDetails.planProblems(flightNumber, departure, arrival, aircraftType).stream()
        .filter(e -> bad.add(e.field())).forEach(e -> body.error(e.field(), e.message()));
    Airport from = bad.contains("departure") ? null : airport(body, "departure", departure, airports);
    Airport to = bad.contains("arrival") ? null : airport(body, "arrival", arrival, airports);
    return new Planned(flightNumber, departure, arrival, from, to, aircraftType);
  }

  private static Airport airport(Body body, String field, String code, Airports airports) {
    return airports.byIcao(code).orElseGet(() -> body.error(field, "unknown airport"));
  }

  /** Block-off and block-on times, each null when not given, kept to the millisecond. */
  record Blocks(Instant off, Instant on) {}

  static Blocks blocks(Body body) {
    Instant blockOff = millis(body.instant("blockOffAt"));
    Instant blockOn = millis(body.instant("blockOnAt"));
    if (!FlightDetails.inOrder(blockOff, blockOn)) {
      body.error("blockOnAt", "must be after blockOffAt");
    }
    return new Blocks(blockOff, blockOn);
  }

  private static String code(Body body, String field) {
    String value = body.string(field, true, 0, CODE_READ_LIMIT);
    return value == null ? null : value.toUpperCase(Locale.ROOT);
  }

  /** A well-formed airport code must name an airport of the database. */
  private static Optional<Airport> known(String field, String code, Airports airports, Map<String, String> errors) {
    if (errors.containsKey(field)) {
      return Optional.empty();
    }
    Optional<Airport> airport = airports.byIcao(code);
    if (airport.isEmpty()) {
      errors.put(field, "unknown airport");
    }
    return airport;
  }

  private static Map<String, String> firstPerField(List<FieldError> json, List<FieldError> values) {
    Map<String, String> first = new HashMap<>();
    json.forEach(e -> first.putIfAbsent(e.field(), e.message()));
    values.forEach(e -> first.putIfAbsent(e.field(), e.message()));
    return first;
  }

  /**
   * The order in which the answer lists the fields: that of the input, the airports being looked
   * up once both codes are read.
   */
  private static final List<String> BEFORE_AIRPORTS = List.of("flightNumber", "departure", "arrival");
  private static final List<String> AFTER_AIRPORTS = List.of("aircraftType", "flightTimeMinutes", "blockOffAt",
      "blockOnAt", "fuelUsedKg", "distanceNm", "landingRateFpm", "route", "notes");

  private static void refuseAny(Map<String, String> errors) {
    if (!errors.isEmpty()) {
      List<FieldError> all = new ArrayList<>();
      errors.forEach((field, message) -> all.add(new FieldError(field, message)));
      throw new ValidationFailed(all);
    }
  }

  private static void keep(String field, Map<String, String> complaints, Map<String, String> errors) {
    if (complaints.containsKey(field)) {
      errors.put(field, complaints.get(field));
    }
  }

  private static Instant millis(Instant at) {
    return at == null ? null : at.truncatedTo(ChronoUnit.MILLIS);
  }
}
