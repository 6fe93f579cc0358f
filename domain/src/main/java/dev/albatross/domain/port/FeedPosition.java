package dev.albatross.domain.port;

/**
 * A place in the store's feed of all events, in commit order: the writing transaction first,
 * then the position inside it. The in-memory store commits one append at a time, so there both
 * numbers grow together.
 */
public record FeedPosition(long transactionId, long position) implements Comparable<FeedPosition> {

  public static final FeedPosition START = new FeedPosition(0, 0);

  @Override
  public int compareTo(FeedPosition other) {
    int byTransaction = Long.compare(transactionId, other.transactionId);
    return byTransaction != 0 ? byTransaction : Long.compare(position, other.position);
  }
}
