package dev.albatross.domain.model;

public enum Role {
  PLATFORM_ADMIN,
  TENANT_ADMIN,
  PILOT;

  public boolean needsTenant() {
    return this != PLATFORM_ADMIN;
  }
}
