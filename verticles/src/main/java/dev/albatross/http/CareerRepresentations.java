package dev.albatross.http;

import dev.albatross.domain.model.pirep.PirepAmendment;
import dev.albatross.domain.model.tenant.Rank;
import dev.albatross.domain.readmodel.PilotStats;
import dev.albatross.domain.readmodel.PilotTotals;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** Pilot careers as the API shows them: stats, ranks and amendments. */
public final class CareerRepresentations {
  private CareerRepresentations() {}

  public static JsonObject stats(PilotStats s) {
    PilotTotals t = s.totals();
    JsonArray months = new JsonArray();
    t.byMonth().forEach(m -> months.add(new JsonObject()
        .put("month", m.month().toString()).put("flights", m.flights()).put("flightMinutes", m.flightMinutes())));
    return new JsonObject()
        .put("pilotId", s.pilotId().toString())
        .put("pilotName", s.pilotName())
        .put("tenantId", s.tenantId().toString())
        .put("flights", t.flights())
        .put("flightMinutes", t.flightMinutes())
        .put("distanceNm", t.distanceNm())
        .put("averageLandingRateFpm", t.averageLandingRateFpm())
        .put("rank", s.rank().map(CareerRepresentations::rank).orElse(null))
        .put("lastFlightAt", Representations.time(t.lastFlightAt()))
        .put("byMonth", months);
  }

  public static JsonObject rank(Rank r) {
    return new JsonObject().put("name", r.name()).put("minHours", r.minHours());
  }

  public static JsonObject ranks(List<Rank> ranks) {
    return new JsonObject().put("items", Representations.list(ranks, CareerRepresentations::rank));
  }

  /** The fields an amendment changed, as named in the PIREP input. */
  public static JsonObject amendment(PirepAmendment a) {
    JsonObject changed = new JsonObject();
    putIfSet(changed, "flightTimeMinutes", a.flightTimeMinutes());
    putIfSet(changed, "fuelUsedKg", a.fuelUsedKg());
    putIfSet(changed, "distanceNm", a.distanceNm());
    putIfSet(changed, "landingRateFpm", a.landingRateFpm());
    putIfSet(changed, "route", a.route());
    putIfSet(changed, "notes", a.notes());
    return changed;
  }

  private static void putIfSet(JsonObject json, String field, Object value) {
    if (value != null) {
      json.put(field, value);
    }
  }
}
