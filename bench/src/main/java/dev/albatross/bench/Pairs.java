package dev.albatross.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Times each sample from its response to its live frame, whichever of the two arrives first:
 * a frame may overtake the response it follows.
 */
final class Pairs {
  private final Map<String, Long> responded = new ConcurrentHashMap<>();
  private final Map<String, Long> framed = new ConcurrentHashMap<>();
  private final Latency latency;

  Pairs(Latency latency) {
    this.latency = latency;
  }

  void responded(String key, long nanos) {
    Long frameAt = framed.remove(key);
    if (frameAt != null) {
      latency.record(frameAt - nanos);
    } else {
      responded.put(key, nanos);
    }
  }

  void framed(String key, long nanos) {
    Long respondedAt = responded.remove(key);
    if (respondedAt != null) {
      latency.record(nanos - respondedAt);
    } else {
      framed.put(key, nanos);
    }
  }
}
