package dev.albatross.adapter.tsv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.albatross.domain.model.airport.Airport;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The bundled airport database")
class AirportDatabaseTest {
  static TsvAirports airports;

  @BeforeAll
  static void load() {
    long started = System.nanoTime();
    airports = TsvAirports.fromClasspath();
    System.out.printf("airports: %d loaded from %s in %d ms%n", airports.size(), TsvAirports.RESOURCE,
        (System.nanoTime() - started) / 1_000_000);
  }

  @Nested
  @DisplayName("its data")
  class Data {
    @Test
    @DisplayName("holds at least 15,000 airports, each with a unique 4-letter ICAO code")
    void count() {
      assertThat(airports.size()).isGreaterThanOrEqualTo(15_000).isEqualTo(airports.all().size());
      Set<String> codes = new HashSet<>();
      airports.all().forEach(a -> {
        assertThat(a.icao()).matches("[A-Z]{4}");
        assertThat(codes.add(a.icao())).as("%s once", a.icao()).isTrue();
      });
    }

    @Test
    @DisplayName("has no position or elevation out of range, and every airport a name and a country")
    void plausible() {
      airports.all().forEach(a -> {
        assertThat(a.lat()).as(a.icao()).isBetween(-90.0, 90.0);
        assertThat(a.lon()).as(a.icao()).isBetween(-180.0, 180.0);
        assertThat(a.elevationFt()).as(a.icao()).isBetween(-1_500, 15_000);
        assertThat(a.name()).as(a.icao()).isNotBlank();
        assertThat(a.country()).as(a.icao()).isNotBlank();
        if (a.iata() != null) {
          assertThat(a.iata()).as(a.icao()).matches("[A-Z0-9]{3}");
        }
      });
    }

    static Stream<Arguments> knownAirports() {
      return Stream.of(
          Arguments.of("EGLL", "LHR", "Heathrow", "United Kingdom", 51.47, -0.46, 83),
          Arguments.of("KJFK", "JFK", "Kennedy", "United States", 40.64, -73.78, 13),
          Arguments.of("EDDF", "FRA", "Frankfurt", "Germany", 50.03, 8.56, 364),
          Arguments.of("RJTT", "HND", "Haneda", "Japan", 35.55, 139.78, 35),
          Arguments.of("YSSY", "SYD", "Sydney", "Australia", -33.95, 151.18, 21),
          Arguments.of("SBGR", "GRU", "Guarulhos", "Brazil", -23.43, -46.47, 2_461),
          Arguments.of("FAOR", "JNB", "Tambo", "South Africa", -26.14, 28.24, 5_558),
          Arguments.of("KDEN", "DEN", "Denver", "United States", 39.86, -104.67, 5_431),
          Arguments.of("VHHH", "HKG", "Hong Kong", "Hong Kong", 22.31, 113.91, 28),
          Arguments.of("LFPG", "CDG", "Charles de Gaulle", "France", 49.01, 2.55, 392),
          Arguments.of("SLLP", "LPB", "El Alto", "Bolivia", -16.51, -68.19, 13_325));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("knownAirports")
    @DisplayName("places known airports where they are")
    void knownAirport(String icao, String iata, String name, String country, double lat, double lon, int elevation) {
      Airport airport = airports.byIcao(icao.toLowerCase()).orElseThrow();
      assertThat(airport.icao()).isEqualTo(icao);
      assertThat(airport.iata()).isEqualTo(iata);
      assertThat(airport.name()).contains(name);
      assertThat(airport.country()).isEqualTo(country);
      assertThat(airport.lat()).isCloseTo(lat, within(0.02));
      assertThat(airport.lon()).isCloseTo(lon, within(0.02));
      assertThat(airport.elevationFt()).isCloseTo(elevation, within(50));
    }

    @Test
    @DisplayName("knows no airport for a code it lacks")
    void unknown() {
      assertThat(airports.byIcao("ZZZZ")).isEmpty();
      assertThat(airports.byIcao("")).isEmpty();
      assertThat(airports.byIcao(null)).isEmpty();
    }

    @Test
    @DisplayName("gives the great-circle distance between two of its airports (EGLL-KJFK about 2,990 NM)")
    void distance() {
      Airport heathrow = airports.byIcao("EGLL").orElseThrow();
      Airport kennedy = airports.byIcao("KJFK").orElseThrow();
      assertThat(heathrow.distanceNmTo(kennedy)).isCloseTo(2_990, within(29.9));
    }
  }

  @Nested
  @DisplayName("its search")
  class Search {
    @Test
    @DisplayName("puts the airport whose ICAO or IATA code is the query first, in any case")
    void exactCode() {
      assertThat(airports.search("egll", 10).get(0).icao()).isEqualTo("EGLL");
      assertThat(airports.search("LHR", 10).get(0).icao()).isEqualTo("EGLL");
      assertThat(airports.search(" jfk ", 10).get(0).icao()).isEqualTo("KJFK");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    @DisplayName("answers code prefix matches before name matches, and nothing else")
    void codesBeforeNames(String query) {
      List<Airport> found = airports.search(query, 50);
      String upper = query.toUpperCase();
      List<Boolean> byCode = found.stream()
          .map(a -> a.icao().startsWith(upper) || (a.iata() != null && a.iata().startsWith(upper))).toList();
      assertThat(found).isNotEmpty();
      assertThat(byCode.indexOf(false) < 0 || byCode.lastIndexOf(true) < byCode.indexOf(false))
          .as("code matches first in %s", found).isTrue();
      found.stream().filter(a -> !a.icao().startsWith(upper) && (a.iata() == null || !a.iata().startsWith(upper)))
          .forEach(a -> assertThat(TsvAirports.fold(a.name())).contains(query.toLowerCase()));
    }

    static Stream<String> queries() {
      return Stream.of("den", "syd", "EG", "lh", "par", "hel");
    }

    @Test
    @DisplayName("finds names containing the query, ignoring case and accents, the large airports first")
    void names() {
      assertThat(airports.search("sao paulo", 10).get(0).icao()).isEqualTo("SBGR");
      assertThat(airports.search("Pärnu", 10)).extracting(Airport::icao).contains("EEPU");
      assertThat(airports.search("parnu", 10)).extracting(Airport::icao).contains("EEPU");
      List<Airport> london = airports.search("London", 10);
      assertThat(london).extracting(Airport::icao).contains("EGLL", "EGKK");
      assertThat(london).allSatisfy(a -> assertThat(a.name()).containsIgnoringCase("london"));
      assertThat(airports.search("Heathrow", 10)).extracting(Airport::icao).containsExactly("EGLL");
    }

    @Test
    @DisplayName("answers at most the limit, and nothing for a query that matches nothing")
    void limits() {
      assertThat(airports.search("a", 50)).hasSize(50);
      assertThat(airports.search("a", 1)).hasSize(1);
      assertThat(airports.search("no such airport anywhere", 10)).isEmpty();
    }
  }
}
