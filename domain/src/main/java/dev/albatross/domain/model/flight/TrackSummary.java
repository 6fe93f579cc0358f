package dev.albatross.domain.model.flight;

/**
 * What a flight's track tells about it, computed by {@link Tracks#summarize}. {@code
 * flightTimeMinutes} is null without an airborne position, {@code landingRateFpm} without a
 * touchdown.
 */
public record TrackSummary(double distanceNm, Integer flightTimeMinutes, Integer landingRateFpm) {

  public static final TrackSummary EMPTY = new TrackSummary(0, null, null);
}
