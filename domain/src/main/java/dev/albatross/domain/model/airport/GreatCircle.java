package dev.albatross.domain.model.airport;

/** Distances on a spherical Earth, which is within 0.5% of the ellipsoid: plenty for a flight's length. */
public final class GreatCircle {
  /** The mean Earth radius (6,371 km) in nautical miles. */
  public static final double EARTH_RADIUS_NM = 3440.065;

  private GreatCircle() {}

  /** The haversine distance between two points given in degrees, in nautical miles. */
  public static double distanceNm(double lat1, double lon1, double lat2, double lon2) {
    double phi1 = Math.toRadians(lat1);
    double phi2 = Math.toRadians(lat2);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(lon2 - lon1);
    double h = Math.pow(Math.sin(dPhi / 2), 2) + Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(dLambda / 2), 2);
    // min() keeps rounding from taking asin beyond its domain for antipodal points
    return 2 * EARTH_RADIUS_NM * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /** A point on the sphere, latitude and longitude in degrees. */
  public record Point(double lat, double lon) {}

  /** The initial bearing (true course) from the first point towards the second, in degrees 0 (inclusive) to 360. */
  public static double initialBearingDeg(double lat1, double lon1, double lat2, double lon2) {
    double phi1 = Math.toRadians(lat1);
    double phi2 = Math.toRadians(lat2);
    double dLambda = Math.toRadians(lon2 - lon1);
    double y = Math.sin(dLambda) * Math.cos(phi2);
    double x = Math.cos(phi1) * Math.sin(phi2) - Math.sin(phi1) * Math.cos(phi2) * Math.cos(dLambda);
    double bearing = (Math.toDegrees(Math.atan2(y, x)) + 360) % 360;
    // -0.0 + 360 rounds to 360.0, which is the same course as 0
    return bearing >= 360 ? 0 : bearing;
  }

  /**
   * The point a {@code fraction} (0..1) of the way along the great circle between two points
   * (spherical linear interpolation). Undefined for antipodes, where every great circle through
   * both is as short as another.
   */
  public static Point intermediate(double lat1, double lon1, double lat2, double lon2, double fraction) {
    double delta = distanceNm(lat1, lon1, lat2, lon2) / EARTH_RADIUS_NM;
    if (delta == 0) {
      return new Point(lat1, lon1);
    }
    double a = Math.sin((1 - fraction) * delta) / Math.sin(delta);
    double b = Math.sin(fraction * delta) / Math.sin(delta);
    double phi1 = Math.toRadians(lat1);
    double phi2 = Math.toRadians(lat2);
    double lambda1 = Math.toRadians(lon1);
    double lambda2 = Math.toRadians(lon2);
    double x = a * Math.cos(phi1) * Math.cos(lambda1) + b * Math.cos(phi2) * Math.cos(lambda2);
    double y = a * Math.cos(phi1) * Math.sin(lambda1) + b * Math.cos(phi2) * Math.sin(lambda2);
    double z = a * Math.sin(phi1) + b * Math.sin(phi2);
    return new Point(Math.toDegrees(Math.atan2(z, Math.hypot(x, y))), Math.toDegrees(Math.atan2(y, x)));
  }
}
