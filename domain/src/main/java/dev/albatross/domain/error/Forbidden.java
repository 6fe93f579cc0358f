package dev.albatross.domain.error;

public final class Forbidden extends DomainException {
  public Forbidden(String detail) {
    super(Kind.FORBIDDEN, "forbidden", detail);
  }

  private Forbidden(String type, String detail) {
    super(Kind.FORBIDDEN, type, detail);
  }

  public static Forbidden passwordChangeRequired() {
    return new Forbidden("password-change-required", "Change your password before doing anything else.");
  }
}
