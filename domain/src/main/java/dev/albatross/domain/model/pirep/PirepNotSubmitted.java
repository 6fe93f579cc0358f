package dev.albatross.domain.model.pirep;

import dev.albatross.domain.error.Conflict;

public final class PirepNotSubmitted extends Conflict {
  public PirepNotSubmitted(PirepStatus status) {
    super("pirep-not-submitted", "The PIREP is already " + status + "; only a SUBMITTED PIREP can be reviewed.");
  }
}
