package dev.albatross.domain.model.airport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Great-circle distances, in nautical miles")
class AirportDistanceTest {
  static final Airport HEATHROW = new Airport("EGLL", "LHR", "London Heathrow Airport", "London", "United Kingdom",
      51.4706, -0.461941, 83);
  static final Airport KENNEDY = new Airport("KJFK", "JFK", "John F. Kennedy International Airport", "New York",
      "United States", 40.639447, -73.779317, 13);
  static final Airport SYDNEY = new Airport("YSSY", "SYD", "Sydney Kingsford Smith International Airport", "Sydney",
      "Australia", -33.946098, 151.177002, 21);

  @Test
  @DisplayName("London Heathrow to New York JFK is about 2,990 NM, either way")
  void transatlantic() {
    assertThat(HEATHROW.distanceNmTo(KENNEDY)).isCloseTo(2_990, within(29.9))
        .isEqualTo(KENNEDY.distanceNmTo(HEATHROW));
  }

  @Test
  @DisplayName("London Heathrow to Sydney is about 9,180 NM")
  void longHaul() {
    assertThat(HEATHROW.distanceNmTo(SYDNEY)).isCloseTo(9_180, within(92.0));
  }

  @Test
  @DisplayName("a point to itself is 0, one degree of latitude is 60 NM, antipodes are half the circumference")
  void geometry() {
    assertThat(HEATHROW.distanceNmTo(HEATHROW)).isZero();
    assertThat(GreatCircle.distanceNm(10, 20, 11, 20)).isCloseTo(60.04, within(0.01));
    assertThat(GreatCircle.distanceNm(0, 0, 0, 180)).isCloseTo(Math.PI * GreatCircle.EARTH_RADIUS_NM, within(1e-6));
    assertThat(GreatCircle.distanceNm(45, -170, 45, 170)).isCloseTo(GreatCircle.distanceNm(45, 10, 45, 30),
        within(1e-6));
  }
}
