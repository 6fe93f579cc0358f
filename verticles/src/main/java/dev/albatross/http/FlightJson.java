package dev.albatross.http;

import dev.albatross.domain.model.flight.FlightPlan;
import dev.albatross.domain.model.flight.Position;
import dev.albatross.domain.readmodel.FlightView;
import dev.albatross.http.Representations;
import io.vertx.core.json.JsonObject;
import java.util.UUID;

/** Flights and positions as API.md shows them. */
public final class FlightJson {
  private FlightJson() {}

  public static JsonObject flight(FlightView f) {
    FlightPlan plan = f.plan();
    return new JsonObject()
        .put("id", str(f.id()))
        .put("tenantId", str(f.tenantId()))
        .put("pilotId", str(f.pilotId()))
        .put("pilotName", f.pilotName())
        .put("flightNumber", plan.flightNumber())
        .put("departure", plan.departure())
        .put("arrival", plan.arrival())
        .put("aircraftType", plan.aircraftType())
        .put("route", plan.route())
        .put("client", plan.client())
        .put("status", f.status().name())
        .put("startedAt", Representations.time(f.startedAt()))
        .put("lastSeenAt", Representations.time(f.lastSeenAt()))
        .put("lastPosition", f.lastPosition() == null ? null : position(f.lastPosition()))
        .put("distanceFlownNm", Math.round(f.distanceFlownNm() * 10) / 10.0)
        .put("pirepId", str(f.pirepId()));
  }

  public static JsonObject position(Position p) {
    return new JsonObject()
        .put("seq", p.seq())
        .put("at", Representations.time(p.at()))
        .put("lat", p.lat())
        .put("lon", p.lon())
        .put("altitudeFt", p.altitudeFt())
        .put("headingDeg", p.headingDeg())
        .put("groundSpeedKt", p.groundSpeedKt())
        .put("verticalSpeedFpm", p.verticalSpeedFpm())
        .put("onGround", p.onGround());
  }

  private static String str(UUID id) {
    return id == null ? null : id.toString();
  }
}
