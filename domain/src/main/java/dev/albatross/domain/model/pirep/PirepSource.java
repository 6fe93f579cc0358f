package dev.albatross.domain.model.pirep;

/** How the PIREP reached us: from a signed-in user (MANUAL), with an API key (API), or as a filed live flight (ACARS). */
public enum PirepSource {
  MANUAL,
  API,
  ACARS
}
