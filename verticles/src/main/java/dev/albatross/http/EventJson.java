package dev.albatross.http;

import dev.albatross.domain.model.pirep.PirepEvent.PirepAccepted;
import dev.albatross.domain.model.pirep.PirepEvent.PirepAmended;
import dev.albatross.domain.model.pirep.PirepEvent.PirepRejected;
import dev.albatross.domain.model.pirep.PirepEvent.PirepSubmitted;
import dev.albatross.domain.port.RecordedEvent;
import io.vertx.core.json.JsonObject;

/** A PIREP's events as its history shows them. */
final class EventJson {
  private EventJson() {}

  static JsonObject historyItem(RecordedEvent e) {
    return new JsonObject()
        .put("type", e.eventType())
        .put("version", e.version())
        .put("occurredAt", Representations.time(e.metadata().occurredAt()))
        .put("actorId", e.metadata().actorId() == null ? null : e.metadata().actorId().toString())
        .put("data", data(e));
  }

  private static JsonObject data(RecordedEvent e) {
    if (e.event() instanceof PirepSubmitted s) {
      return Representations.flight(s.flight())
          .put("pilotId", s.pilotId().toString())
          .put("pilotName", s.pilotName())
          .put("source", s.source().name())
          .put("flightId", Representations.str(s.flightId()));
    }
    if (e.event() instanceof PirepAccepted a) {
      return new JsonObject().put("reviewedBy", a.reviewerId().toString());
    }
    if (e.event() instanceof PirepAmended a) {
      return new JsonObject().put("amendedBy", a.amendedBy().toString()).put("reason", a.reason())
          .put("changes", CareerRepresentations.amendment(a.changes()));
    }
    PirepRejected r = (PirepRejected) e.event();
    return new JsonObject().put("reviewedBy", r.reviewerId().toString()).put("rejectionReason", r.reason());
  }
}
