package dev.albatross.domain.error;

public final class ServiceUnavailable extends DomainException {
  public ServiceUnavailable(String detail) {
    super(Kind.SERVICE_UNAVAILABLE, "service-unavailable", detail);
  }
}
