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
}
