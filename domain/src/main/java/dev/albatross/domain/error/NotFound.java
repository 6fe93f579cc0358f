package dev.albatross.domain.error;

public final class NotFound extends DomainException {
  public NotFound(String detail) {
    super(Kind.NOT_FOUND, "not-found", detail);
  }
}
