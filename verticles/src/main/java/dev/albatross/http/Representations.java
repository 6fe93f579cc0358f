package dev.albatross.http;

import dev.albatross.domain.model.pirep.FlightDetails;
import dev.albatross.domain.readmodel.ApiKeyView;
import dev.albatross.domain.readmodel.Page;
import dev.albatross.domain.readmodel.PirepView;
import dev.albatross.domain.readmodel.TenantView;
import dev.albatross.domain.readmodel.UserView;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The JSON shapes of API.md, shared by the HTTP API and the live notifications. Never includes a
 * password hash or a stored key hash.
 */
public final class Representations {
  private Representations() {}

  public static JsonObject tenant(TenantView t) {
    return new JsonObject()
        .put("id", str(t.id()))
        .put("name", t.name())
        .put("icao", t.icao())
        .put("createdAt", time(t.createdAt()));
  }

  public static JsonObject user(UserView u) {
    return new JsonObject()
        .put("id", str(u.id()))
        .put("email", u.email())
        .put("displayName", u.displayName())
        .put("role", u.role().name())
        .put("tenantId", str(u.tenantId()))
        .put("mustChangePassword", u.mustChangePassword())
        .put("createdAt", time(u.createdAt()))
        .put("status", u.status().name())
        .put("suspendedReason", u.suspendedReason());
  }

  public static JsonObject apiKey(ApiKeyView k) {
    return new JsonObject()
        .put("id", str(k.id()))
        .put("name", k.name())
        .put("prefix", k.prefix())
        .put("createdAt", time(k.createdAt()))
        .put("lastUsedAt", time(k.lastUsedAt()))
        .put("revokedAt", time(k.revokedAt()));
  }

  public static JsonObject pirep(PirepView p) {
    return flight(p.flight())
        .put("id", str(p.id()))
        .put("tenantId", str(p.tenantId()))
        .put("pilotId", str(p.pilotId()))
        .put("pilotName", p.pilotName())
        .put("status", p.status().name())
        .put("source", p.source().name())
        .put("flightId", str(p.flightId()))
        .put("submittedAt", time(p.submittedAt()))
        .put("reviewedAt", time(p.reviewedAt()))
        .put("reviewedBy", str(p.reviewedBy()))
        .put("rejectionReason", p.rejectionReason());
  }

  public static JsonObject flight(FlightDetails f) {
    return new JsonObject()
        .put("flightNumber", f.flightNumber())
        .put("departure", f.departure())
        .put("arrival", f.arrival())
        .put("aircraftType", f.aircraftType())
        .put("flightTimeMinutes", f.flightTimeMinutes())
        .put("blockOffAt", time(f.blockOffAt()))
        .put("blockOnAt", time(f.blockOnAt()))
        .put("fuelUsedKg", f.fuelUsedKg())
        .put("distanceNm", f.distanceNm())
        .put("landingRateFpm", f.landingRateFpm())
        .put("route", f.route())
        .put("notes", f.notes());
  }

  public static <T> JsonObject page(Page<T> page, Function<T, JsonObject> item) {
    return new JsonObject().put("items", list(page.items(), item)).put("nextCursor", page.nextCursor());
  }

  public static <T> JsonArray list(List<T> items, Function<T, JsonObject> item) {
    JsonArray array = new JsonArray();
    items.forEach(i -> array.add(item.apply(i)));
    return array;
  }

  public static String time(Instant at) {
    return at == null ? null : at.toString();
  }

  static String str(UUID id) {
    return id == null ? null : id.toString();
  }
}
