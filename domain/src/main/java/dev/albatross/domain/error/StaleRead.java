package dev.albatross.domain.error;

import java.time.Duration;

/** A read asked for a position the read models did not reach in time: it may be asked again shortly. */
public final class StaleRead extends DomainException {
  public static final Duration RETRY_AFTER = Duration.ofSeconds(1);

  public StaleRead(String detail) {
    super(Kind.STALE_READ, "stale-read", detail);
  }
}
