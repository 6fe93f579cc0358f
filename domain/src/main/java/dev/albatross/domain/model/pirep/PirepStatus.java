package dev.albatross.domain.model.pirep;

public enum PirepStatus {
  SUBMITTED,
  ACCEPTED,
  REJECTED
}
