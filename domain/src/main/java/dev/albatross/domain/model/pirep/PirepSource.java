package dev.albatross.domain.model.pirep;

/** How the PIREP reached us: from a signed-in user (MANUAL) or with an API key (API). */
public enum PirepSource {
  MANUAL,
  API
}
