package dev.albatross.domain.error;

import java.util.List;

/**
 * A refusal or failure the API reports to its caller: the one description of every error. Each
 * permitted subclass is one {@link Kind} of answer, which the HTTP edge maps to its status with
 * one exhaustive switch; {@link #type()} names the problem more finely, never the message text.
 */
public abstract sealed class DomainException extends RuntimeException
    permits ValidationFailed, Unauthorized, Forbidden, NotFound, Conflict, RateLimited, ServiceUnavailable,
    StaleRead {

  /** One constant per permitted subclass. */
  public enum Kind { VALIDATION, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED, SERVICE_UNAVAILABLE,
    STALE_READ }

  private final Kind kind;
  private final String type;

  protected DomainException(Kind kind, String type, String detail) {
    super(detail, null, false, false);
    this.kind = kind;
    this.type = type;
  }

  public Kind kind() {
    return kind;
  }

  /** The last segment of the problem type, e.g. {@code validation} or {@code password-change-required}. */
  public String type() {
    return type;
  }

  public String detail() {
    return getMessage();
  }

  /** The bad fields of the request, one entry each; none but for a {@link ValidationFailed}. */
  public List<FieldError> errors() {
    return List.of();
  }
}
