package dev.albatross.domain.model.flight;

public enum FlightStatus {
  IN_PROGRESS,
  /** No position for {@link FlightDecider#LOST_AFTER}; positions bring it back. */
  LOST,
  FILED,
  CANCELLED;

  /** Whether the flight still takes positions and may be filed or cancelled. */
  public boolean open() {
    return this == IN_PROGRESS || this == LOST;
  }
}
