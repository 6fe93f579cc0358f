package dev.albatross.domain.error;

/** The state forbids the command: a taken value, a wrong status, or a lost race on a stream. */
public non-sealed class Conflict extends DomainException {
  public Conflict(String detail) {
    super(Kind.CONFLICT, "conflict", detail);
  }

  protected Conflict(String type, String detail) {
    super(Kind.CONFLICT, type, detail);
  }
}
