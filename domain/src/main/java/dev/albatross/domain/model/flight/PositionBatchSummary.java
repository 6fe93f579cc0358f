package dev.albatross.domain.model.flight;

/**
 * What storage reports after keeping a batch of positions, idempotently by {@code seq}: how many
 * were new and how many repeated, the newest position by {@code seq} of all kept so far (null
 * only while none is kept), and the distance flown over all of them.
 */
public record PositionBatchSummary(int accepted, int duplicates, Position newest, double distanceFlownNm) {

  public PositionBatchSummary {
    if (accepted < 0 || duplicates < 0 || distanceFlownNm < 0) {
      throw new IllegalArgumentException("Counts and distance cannot be negative.");
    }
    if (accepted > 0 && newest == null) {
      throw new IllegalArgumentException("A batch that kept positions has a newest position.");
    }
  }
}
