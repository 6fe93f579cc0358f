package dev.albatross.domain.error;

public final class NotFound extends DomainException {
  public NotFound(String detail) {
    super("not-found", detail);
  }
}
