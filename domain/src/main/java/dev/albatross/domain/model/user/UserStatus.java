package dev.albatross.domain.model.user;

public enum UserStatus {
  ACTIVE,
  SUSPENDED
}
