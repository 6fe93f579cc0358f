package dev.albatross.domain.model.airport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.albatross.domain.model.airport.GreatCircle.Point;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Great-circle courses and intermediate points")
class GreatCircleRouteTest {

  @Test
  @DisplayName("the initial course follows the compass and is in [0, 360)")
  void bearings() {
    assertThat(GreatCircle.initialBearingDeg(0, 0, 1, 0)).isCloseTo(0, within(1e-9));
    assertThat(GreatCircle.initialBearingDeg(0, 0, 0, 1)).isCloseTo(90, within(1e-9));
    assertThat(GreatCircle.initialBearingDeg(1, 0, 0, 0)).isCloseTo(180, within(1e-9));
    assertThat(GreatCircle.initialBearingDeg(0, 1, 0, 0)).isCloseTo(270, within(1e-9));
    // London to New York leaves to the west-north-west, not along the rhumb line's 260
    assertThat(GreatCircle.initialBearingDeg(51.4706, -0.461941, 40.639447, -73.779317)).isCloseTo(288.2, within(0.5));
  }

  @Test
  @DisplayName("intermediate points lie on the great circle, at the fraction of its length")
  void intermediate() {
    double lat1 = 51.4706;
    double lon1 = -0.461941;
    double lat2 = 40.639447;
    double lon2 = -73.779317;
    double total = GreatCircle.distanceNm(lat1, lon1, lat2, lon2);
    Point start = GreatCircle.intermediate(lat1, lon1, lat2, lon2, 0);
    Point end = GreatCircle.intermediate(lat1, lon1, lat2, lon2, 1);
    Point third = GreatCircle.intermediate(lat1, lon1, lat2, lon2, 1.0 / 3);
    assertThat(start.lat()).isCloseTo(lat1, within(1e-9));
    assertThat(end.lon()).isCloseTo(lon2, within(1e-9));
    assertThat(GreatCircle.distanceNm(lat1, lon1, third.lat(), third.lon())).isCloseTo(total / 3, within(1e-6));
    assertThat(GreatCircle.distanceNm(third.lat(), third.lon(), lat2, lon2)).isCloseTo(2 * total / 3, within(1e-6));
    // the great circle from London to New York bulges north of both
    assertThat(GreatCircle.intermediate(lat1, lon1, lat2, lon2, 0.5).lat()).isGreaterThan(lat1);
  }

  @Test
  @DisplayName("a point to itself stays put")
  void samePoint() {
    assertThat(GreatCircle.intermediate(10, 20, 10, 20, 0.5)).isEqualTo(new Point(10, 20));
  }
}
