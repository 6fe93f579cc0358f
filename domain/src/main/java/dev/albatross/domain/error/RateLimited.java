package dev.albatross.domain.error;

import java.time.Duration;

public final class RateLimited extends DomainException {
  private final Duration retryAfter;

  public RateLimited(String detail, Duration retryAfter) {
    super(Kind.RATE_LIMITED, "rate-limited", detail);
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
