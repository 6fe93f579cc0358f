package dev.albatross.domain.error;

public final class Unauthorized extends DomainException {
  public Unauthorized(String detail) {
    super("unauthorized", detail);
  }
}
