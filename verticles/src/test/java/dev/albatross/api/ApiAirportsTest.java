package dev.albatross.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Airports")
class ApiAirportsTest {
  @RegisterExtension
  static final Albatross app = new Albatross();

  static final String[] AIRPORT_FIELDS = {"icao", "iata", "name", "city", "country", "lat", "lon", "elevationFt"};

  static Airlines airlines;

  @BeforeAll
  static void airlines() {
    airlines = new Airlines(app);
  }

  @Nested
  @DisplayName("GET /api/airports/{icao}")
  class One {
    @Test
    @DisplayName("answers 200 with the airport, whatever the case of the code")
    void found() {
      JsonObject heathrow = airlines.pilot.get("/api/airports/egll").expect(200);
      assertThat(heathrow.fieldNames()).containsExactlyInAnyOrder(AIRPORT_FIELDS);
      assertThat(heathrow.getString("icao")).isEqualTo("EGLL");
      assertThat(heathrow.getString("iata")).isEqualTo("LHR");
      assertThat(heathrow.getString("name")).isEqualTo("London Heathrow Airport");
      assertThat(heathrow.getString("city")).isEqualTo("London");
      assertThat(heathrow.getString("country")).isEqualTo("United Kingdom");
      assertThat(heathrow.getDouble("lat")).isCloseTo(51.47, within(0.01));
      assertThat(heathrow.getDouble("lon")).isCloseTo(-0.46, within(0.01));
      assertThat(heathrow.getInteger("elevationFt")).isEqualTo(83);
    }

    @Test
    @DisplayName("answers 200 to an API key too")
    void withKey() {
      Caller acars = app.withKey(airlines.pilot.createApiKey("airports").getString("key"), airlines.pilot.user());
      assertThat(acars.get("/api/airports/KDEN").expect(200).getInteger("elevationFt")).isBetween(5_300, 5_500);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ZZZZ", "EGL", "EGLLX", "LHR", "12AB", "%C3%84GLL"})
    @DisplayName("answers 404 for a code of no airport")
    void unknown(String code) {
      airlines.pilot.get("/api/airports/" + code).expectProblem(404);
    }

    @Test
    @DisplayName("answers 401 to an anonymous caller")
    void anonymous() {
      app.anonymous().get("/api/airports/EGLL").expectProblem(401);
    }
  }

  @Nested
  @DisplayName("GET /api/airports?q=")
  class Search {
    @Test
    @DisplayName("answers {items}: an exact code first, then code prefixes, then names")
    void search() {
      List<String> byIata = codes(airlines.pilot.get("/api/airports?q=jfk").expect(200));
      assertThat(byIata.get(0)).isEqualTo("KJFK");
      List<JsonObject> byPrefix = items(airlines.pilot.get("/api/airports?q=EGL").expect(200));
      assertThat(byPrefix.get(0).getString("iata")).as("Negele's IATA code is EGL").isEqualTo("EGL");
      assertThat(byPrefix.subList(1, byPrefix.size())).hasSize(9)
          .allSatisfy(a -> assertThat(a.getString("icao")).startsWith("EGL"));
      assertThat(byPrefix.get(1).getString("icao")).as("the large airports first").isEqualTo("EGLL");
      assertThat(byPrefix.get(0).fieldNames()).containsExactlyInAnyOrder(AIRPORT_FIELDS);
      List<JsonObject> byName = items(airlines.pilot.get("/api/airports?q=heathrow").expect(200));
      assertThat(byName).extracting(a -> a.getString("icao")).containsExactly("EGLL");
    }

    @Test
    @DisplayName("answers at most limit airports (10 by default, 50 at most), and an empty list for no match")
    void limit() {
      assertThat(items(airlines.pilot.get("/api/airports?q=international").expect(200))).hasSize(10);
      assertThat(items(airlines.pilot.get("/api/airports?q=international&limit=50").expect(200))).hasSize(50);
      assertThat(items(airlines.pilot.get("/api/airports?q=international&limit=1").expect(200))).hasSize(1);
      assertThat(items(airlines.pilot.get("/api/airports?q=no%20such%20airfield%20anywhere").expect(200))).isEmpty();
    }

    @Test
    @DisplayName("answers 400 naming q when it is missing, blank or too long")
    void badQuery() {
      airlines.pilot.get("/api/airports").expectInvalid("q");
      airlines.pilot.get("/api/airports?q=").expectInvalid("q");
      airlines.pilot.get("/api/airports?q=%20%20").expectInvalid("q");
      airlines.pilot.get("/api/airports?q=" + "a".repeat(101)).expectInvalid("q");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "51", "-1", "ten", "1.5", ""})
    @DisplayName("answers 400 naming limit when it is not an integer from 1 to 50")
    void badLimit(String limit) {
      airlines.pilot.get("/api/airports?q=lon&limit=" + limit).expectInvalid("limit");
    }

    @Test
    @DisplayName("answers 401 to an anonymous caller")
    void anonymous() {
      app.anonymous().get("/api/airports?q=EGLL").expectProblem(401);
    }
  }

  static List<JsonObject> items(JsonObject page) {
    assertThat(page.fieldNames()).containsExactly("items");
    return page.getJsonArray("items").stream().map(JsonObject.class::cast).toList();
  }

  static List<String> codes(JsonObject page) {
    return items(page).stream().map(a -> a.getString("icao")).toList();
  }
}
