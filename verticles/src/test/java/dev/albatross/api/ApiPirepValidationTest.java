package dev.albatross.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vertx.core.json.JsonObject;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("POST /api/pireps: the PIREP input rules")
class ApiPirepValidationTest {
  @RegisterExtension
  static final Albatross app = new Albatross();

  static Airlines airlines;

  @BeforeAll
  static void airlines() {
    airlines = new Airlines(app);
  }

  @Test
  @DisplayName("answers 201 with the PIREP, its Location, codes upper-cased")
  void submits() {
    JsonObject input = Albatross.pirepInput().put("flightNumber", "dlh4u").put("departure", "eddf")
        .put("arrival", "kJfK").put("aircraftType", "b748");
    Reply reply = airlines.pilot.post("/api/pireps", input);
    JsonObject pirep = reply.expect(201);

    assertThat(pirep.fieldNames()).containsExactlyInAnyOrder(Albatross.PIREP_FIELDS);
    assertThat(reply.header("Location")).isEqualTo("/api/pireps/" + pirep.getString("id"));
    assertThat(pirep.getString("flightNumber")).isEqualTo("DLH4U");
    assertThat(pirep.getString("departure")).isEqualTo("EDDF");
    assertThat(pirep.getString("arrival")).isEqualTo("KJFK");
    assertThat(pirep.getString("aircraftType")).isEqualTo("B748");
    for (String field : new String[] {"flightTimeMinutes", "fuelUsedKg", "distanceNm", "landingRateFpm"}) {
      assertThat(pirep.getInteger(field)).as(field).isEqualTo(input.getInteger(field));
    }
    for (String field : new String[] {"blockOffAt", "blockOnAt", "route", "notes"}) {
      assertThat(pirep.getString(field)).as(field).isEqualTo(input.getString(field));
    }
    assertThat(pirep.getString("tenantId")).isEqualTo(airlines.airlineId());
    assertThat(pirep.getString("pilotId")).isEqualTo(airlines.pilot.id());
    assertThat(pirep.getString("pilotName")).isEqualTo(airlines.pilot.user().getString("displayName"));
    assertThat(pirep.getString("status")).isEqualTo("SUBMITTED");
    assertThat(pirep.getString("source")).isEqualTo("MANUAL");
    assertThat(pirep.getValue("flightId")).isNull();
    assertThat(pirep.getString("submittedAt")).isNotNull();
    assertThat(pirep.getValue("reviewedAt")).isNull();
    assertThat(pirep.getValue("reviewedBy")).isNull();
    assertThat(pirep.getValue("rejectionReason")).isNull();
    assertThat(airlines.pilot.getUntil(reply.header("Location"), r -> r.status() == 200).json()).isEqualTo(pirep);
  }

  @Test
  @DisplayName("takes the required fields alone, the distance then being the great-circle one")
  void requiredFieldsOnly() {
    JsonObject input = new JsonObject().put("flightNumber", "1").put("departure", "EDDF").put("arrival", "EDDM")
        .put("aircraftType", "A3").put("flightTimeMinutes", 1);
    JsonObject pirep = airlines.pilot.post("/api/pireps", input).expect(201);
    for (String optional : new String[] {"blockOffAt", "blockOnAt", "fuelUsedKg", "landingRateFpm", "route",
        "notes"}) {
      assertThat(pirep.getValue(optional)).as(optional).isNull();
    }
    assertThat(pirep.getInteger("distanceNm")).as("Frankfurt to Munich").isEqualTo(162);
  }

  @Test
  @DisplayName("stores and returns the great-circle distance, rounded to whole NM, of a PIREP without one")
  void computedDistance() {
    JsonObject input = Albatross.pirepInput().put("departure", "EGLL").put("arrival", "KJFK");
    input.remove("distanceNm");
    Reply reply = airlines.pilot.post("/api/pireps", input);
    JsonObject pirep = reply.expect(201);
    assertThat(pirep.getInteger("distanceNm")).as("London Heathrow to New York JFK").isEqualTo(2_991)
        .isCloseTo(2_990, within(30));
    assertThat(airlines.pilot.getUntil(reply.header("Location"), r -> r.status() == 200).json()
        .getInteger("distanceNm")).isEqualTo(2_991);
    JsonObject reverse = input.copy().put("departure", "KJFK").put("arrival", "EGLL");
    assertThat(airlines.pilot.post("/api/pireps", reverse).expect(201).getInteger("distanceNm")).isEqualTo(2_991);
    JsonObject stay = input.copy().put("arrival", "EGLL");
    assertThat(airlines.pilot.post("/api/pireps", stay).expect(201).getInteger("distanceNm")).as("a local flight")
        .isZero();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"departure", "arrival"})
  @DisplayName("answers 400 'unknown airport' for a well-formed code of no airport in")
  void unknownAirport(String field) {
    for (String code : new String[] {"ZZZZ", "xxxx"}) {
      JsonObject problem = airlines.pilot.post("/api/pireps", Albatross.pirepInput().put(field, code))
          .expectInvalid(field);
      assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("message")).isEqualTo("unknown airport");
    }
    JsonObject both = Albatross.pirepInput().put("departure", "ZZZZ").put("arrival", "QQQQ");
    airlines.pilot.post("/api/pireps", both).expectInvalid("departure", "arrival").getJsonArray("errors")
        .forEach(error -> assertThat(((JsonObject) error).getString("message")).isEqualTo("unknown airport"));
  }

  static Stream<Arguments> invalidValues() {
    return Stream.of(
        Arguments.of("flightNumber", ""),
        Arguments.of("flightNumber", "DLH-123"),
        Arguments.of("flightNumber", "A".repeat(11)),
        Arguments.of("flightNumber", 123),
        Arguments.of("flightNumber", null),
        Arguments.of("departure", "EDD"),
        Arguments.of("departure", "EDDFX"),
        Arguments.of("departure", "ED1F"),
        Arguments.of("departure", null),
        Arguments.of("arrival", "KJF"),
        Arguments.of("arrival", "K JF"),
        Arguments.of("arrival", null),
        Arguments.of("aircraftType", "B"),
        Arguments.of("aircraftType", "B7478"),
        Arguments.of("aircraftType", "B-7"),
        Arguments.of("aircraftType", null),
        Arguments.of("flightTimeMinutes", 0),
        Arguments.of("flightTimeMinutes", 1441),
        Arguments.of("flightTimeMinutes", 1.5),
        Arguments.of("flightTimeMinutes", "abc"),
        Arguments.of("flightTimeMinutes", "60"),
        Arguments.of("flightTimeMinutes", -1),
        Arguments.of("flightTimeMinutes", null),
        Arguments.of("fuelUsedKg", -1),
        Arguments.of("fuelUsedKg", 500_001),
        Arguments.of("fuelUsedKg", 10.5),
        Arguments.of("distanceNm", -1),
        Arguments.of("distanceNm", 20_001),
        Arguments.of("distanceNm", "far"),
        Arguments.of("landingRateFpm", -5001),
        Arguments.of("landingRateFpm", 5001),
        Arguments.of("landingRateFpm", 1e12),
        Arguments.of("route", "R".repeat(2001)),
        Arguments.of("route", 42),
        Arguments.of("notes", "N".repeat(2001)),
        Arguments.of("blockOffAt", "yesterday"),
        Arguments.of("blockOnAt", "2026-11-26 20:25"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("invalidValues")
  @DisplayName("answers 400 naming the field for")
  void refusesInvalidValue(String field, Object value) {
    JsonObject input = Albatross.pirepInput();
    if (value == null) {
      input.remove(field);
    } else {
      input.put(field, value);
    }
    airlines.pilot.post("/api/pireps", input).expectInvalid(field);
  }

  static Stream<Arguments> boundaryValues() {
    return Stream.of(
        Arguments.of("flightNumber", "a".repeat(10), "A".repeat(10)),
        Arguments.of("aircraftType", "C1", "C1"),
        Arguments.of("aircraftType", "c172", "C172"),
        Arguments.of("flightTimeMinutes", 1, 1),
        Arguments.of("flightTimeMinutes", 1440, 1440),
        Arguments.of("fuelUsedKg", 0, 0),
        Arguments.of("fuelUsedKg", 500_000, 500_000),
        Arguments.of("distanceNm", 0, 0),
        Arguments.of("distanceNm", 20_000, 20_000),
        Arguments.of("landingRateFpm", -5000, -5000),
        Arguments.of("landingRateFpm", 5000, 5000),
        Arguments.of("route", "r".repeat(2000), "r".repeat(2000)),
        Arguments.of("notes", "n".repeat(2000), "n".repeat(2000)));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("boundaryValues")
  @DisplayName("takes the edge of each range:")
  void takesBoundaryValue(String field, Object value, Object expected) {
    JsonObject pirep = airlines.pilot.post("/api/pireps", Albatross.pirepInput().put(field, value)).expect(201);
    assertThat(pirep.getValue(field)).isEqualTo(expected);
  }

  @Test
  @DisplayName("answers 400 on blockOnAt when it is not after blockOffAt")
  void blockOnBeforeBlockOff() {
    airlines.pilot.post("/api/pireps", blockTimes("2026-11-26T20:00:00Z", "2026-11-26T19:59:00Z"))
        .expectInvalid("blockOnAt");
    airlines.pilot.post("/api/pireps", blockTimes("2026-11-26T20:00:00Z", "2026-11-26T20:00:00Z"))
        .expectInvalid("blockOnAt");
    airlines.pilot.post("/api/pireps", blockTimes("2026-11-26T21:00:00+02:00", "2026-11-26T19:01:00Z")).expect(201);
    JsonObject onlyOne = Albatross.pirepInput();
    onlyOne.remove("blockOnAt");
    airlines.pilot.post("/api/pireps", onlyOne).expect(201);
  }

  static JsonObject blockTimes(String off, String on) {
    return Albatross.pirepInput().put("blockOffAt", off).put("blockOnAt", on);
  }

  @Test
  @DisplayName("answers 400 listing every bad field of one body")
  void everyBadField() {
    JsonObject input = new JsonObject().put("flightNumber", "DLH-1").put("departure", "EDD").put("arrival", "KJFKX")
        .put("aircraftType", "B").put("flightTimeMinutes", 0).put("fuelUsedKg", -1).put("distanceNm", 20_001)
        .put("landingRateFpm", 5001).put("route", "R".repeat(2001)).put("notes", "N".repeat(2001))
        .put("blockOffAt", "2026-11-26T20:00:00Z").put("blockOnAt", "2026-11-26T19:00:00Z");
    airlines.pilot.post("/api/pireps", input).expectInvalid("flightNumber", "departure", "arrival", "aircraftType",
        "flightTimeMinutes", "fuelUsedKg", "distanceNm", "landingRateFpm", "route", "notes", "blockOnAt");
    airlines.pilot.post("/api/pireps", new JsonObject()).expectInvalid("flightNumber", "departure", "arrival",
        "aircraftType", "flightTimeMinutes");
  }

  @Test
  @DisplayName("answers 403 to a platform admin, 201 to a tenant admin, 401 without credentials")
  void whoMaySubmit() {
    app.admin().post("/api/pireps", Albatross.pirepInput()).expectProblem(403);
    JsonObject pirep = airlines.tenantAdmin.filePirep();
    assertThat(pirep.getString("tenantId")).isEqualTo(airlines.airlineId());
    app.anonymous().post("/api/pireps", Albatross.pirepInput()).expectProblem(401);
  }
}
