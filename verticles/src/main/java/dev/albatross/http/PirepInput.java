package dev.albatross.http;

import dev.albatross.domain.model.airport.Airport;
import dev.albatross.domain.model.pirep.FlightDetails;
import dev.albatross.domain.port.Airports;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * The PIREP input of API.md, validated field by field into flight details: both airports must be
 * in the airport database, and a PIREP without a distance gets the great-circle one between them.
 */
final class PirepInput {
  private static final Pattern FLIGHT_NUMBER = Pattern.compile("[A-Z0-9]{1,10}");
  private static final Pattern AIRPORT = Pattern.compile("[A-Z]{4}");
  private static final Pattern AIRCRAFT_TYPE = Pattern.compile("[A-Z0-9]{2,4}");

  private PirepInput() {}

  /** What a PIREP and a live flight both declare, read but not yet validated: see {@link Body#validate}. */
  record Planned(String flightNumber, String departure, String arrival, Airport from, Airport to, String aircraftType) {}

  static Planned planned(Body body, Airports airports) {
    String flightNumber = body.code("flightNumber", FLIGHT_NUMBER, "must be 1 to 10 letters A-Z or digits");
    String departure = body.code("departure", AIRPORT, "must be a 4-letter ICAO airport code");
    String arrival = body.code("arrival", AIRPORT, "must be a 4-letter ICAO airport code");
    Airport from = known(body, "departure", departure, airports);
    Airport to = known(body, "arrival", arrival, airports);
    String aircraftType = body.code("aircraftType", AIRCRAFT_TYPE,
        "must be an ICAO type designator, 2 to 4 letters or digits");
    return new Planned(flightNumber, departure, arrival, from, to, aircraftType);
  }

  static FlightDetails read(Body body, Airports airports) {
    Planned p = planned(body, airports);
    Integer flightTime = body.integer("flightTimeMinutes", true, 1, 1440);
    Blocks blocks = blocks(body);
    Integer fuel = body.integer("fuelUsedKg", false, 0, 500_000);
    Integer distance = body.integer("distanceNm", false, 0, 20_000);
    Integer landingRate = body.integer("landingRateFpm", false, -5000, 5000);
    String route = body.string("route", false, 0, 2000);
    String notes = body.string("notes", false, 0, 2000);
    body.validate();
    if (distance == null) {
      distance = (int) Math.round(p.from().distanceNmTo(p.to()));
    }
    return new FlightDetails(p.flightNumber(), p.departure(), p.arrival(), p.aircraftType(), flightTime, blocks.off(),
        blocks.on(), fuel, distance, landingRate, route, notes);
  }

  /** Block-off and block-on times, each null when not given, kept to the millisecond. */
  record Blocks(Instant off, Instant on) {}

  static Blocks blocks(Body body) {
    Instant blockOff = body.instant("blockOffAt");
    Instant blockOn = body.instant("blockOnAt");
    if (blockOff != null && blockOn != null && !blockOn.isAfter(blockOff)) {
      body.error("blockOnAt", "must be after blockOffAt");
    }
    return new Blocks(millis(blockOff), millis(blockOn));
  }

  private static Airport known(Body body, String field, String code, Airports airports) {
    return code == null ? null : airports.byIcao(code).orElseGet(() -> body.error(field, "unknown airport"));
  }

  private static Instant millis(Instant at) {
    return at == null ? null : at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
  }
}
