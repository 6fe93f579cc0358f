package dev.albatross.domain.error;

public final class Unauthorized extends DomainException {
  public Unauthorized(String detail) {
    super(Kind.UNAUTHORIZED, "unauthorized", detail);
  }
}
