package dev.albatross.bench;

import org.HdrHistogram.Histogram;

/** Latencies of one timed run, in microseconds, and how many samples never arrived. */
final class Latency {
  private final Histogram histogram = new Histogram(60_000_000L, 3);
  private long lost;

  synchronized void record(long nanos) {
    histogram.recordValue(Math.max(0, nanos / 1000));
  }

  synchronized void lost(long count) {
    lost += count;
  }

  synchronized double percentileMs(double p) {
    return histogram.getValueAtPercentile(p) / 1000.0;
  }

  synchronized long count() {
    return histogram.getTotalCount();
  }

  synchronized long lost() {
    return lost;
  }
}
