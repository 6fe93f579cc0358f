package dev.albatross.domain.error;

public final class ServiceUnavailable extends DomainException {
  public ServiceUnavailable(String detail) {
    super("service-unavailable", detail);
  }
}
