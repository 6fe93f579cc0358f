package dev.albatross.domain.model.airport;

/**
 * An airport of the bundled database; {@code iata} and {@code city} are null where the data has
 * none. Latitude and longitude in degrees (north and east positive), elevation in feet.
 */
public record Airport(
    String icao,
    String iata,
    String name,
    String city,
    String country,
    double lat,
    double lon,
    int elevationFt) {

  /** The great-circle distance to {@code other}, in nautical miles. */
  public double distanceNmTo(Airport other) {
    return GreatCircle.distanceNm(lat, lon, other.lat, other.lon);
  }
}
