package dev.albatross.domain.error;

/**
 * A refusal or failure the API reports to its caller. Each subclass names one kind of answer
 * (400, 401, 403, 404, 409, 413, 429, 503); the HTTP edge maps the kind, never the message text.
 */
public abstract sealed class DomainException extends RuntimeException
    permits ValidationFailed, Unauthorized, Forbidden, NotFound, Conflict, RateLimited, ServiceUnavailable,
    StaleRead {

  private final String type;

  protected DomainException(String type, String detail) {
    super(detail, null, false, false);
    this.type = type;
  }

  /** The last segment of the problem type, e.g. {@code validation} or {@code password-change-required}. */
  public String type() {
    return type;
  }

  public String detail() {
    return getMessage();
  }
}
