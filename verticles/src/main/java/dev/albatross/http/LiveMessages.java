package dev.albatross.http;

import dev.albatross.bus.Addresses;
import dev.albatross.domain.port.FeedPosition;
import dev.albatross.domain.port.Notifier.FlightChanged;
import dev.albatross.domain.port.Notifier.Notification;
import dev.albatross.domain.port.Notifier.PilotStatsChanged;
import dev.albatross.domain.port.Notifier.PirepChanged;
import dev.albatross.domain.port.Notifier.ProjectionsReached;
import dev.albatross.domain.port.Notifier.TenantAdded;
import dev.albatross.domain.port.Notifier.UserChanged;
import io.vertx.core.json.JsonObject;

/**
 * Live notifications as they travel to the gateways, {@code {"address": ..., "body": ...}}: the
 * address a bridge client registers on and the body API.md gives it (or, for
 * {@link Addresses#PROJECTED}, how far the projections got, which no client hears).
 */
public final class LiveMessages {
  private LiveMessages() {}

  public static JsonObject encode(Notification notification) {
    if (notification instanceof PirepChanged p) {
      return message(Addresses.tenantPireps(p.pirep().tenantId()),
          body(p.eventType(), "pirep", Representations.pirep(p.pirep())));
    }
    if (notification instanceof UserChanged u) {
      return message(Addresses.tenantUsers(u.user().tenantId()),
          body(u.eventType(), "user", Representations.user(u.user())));
    }
    if (notification instanceof FlightChanged f) {
      return message(Addresses.tenantFlights(f.flight().tenantId()),
          body(f.eventType(), "flight", FlightJson.flight(f.flight())));
    }
    if (notification instanceof PilotStatsChanged p) {
      return message(Addresses.tenantPilots(p.stats().tenantId()),
          body("PilotStatsChanged", "stats", CareerRepresentations.stats(p.stats())));
    }
    if (notification instanceof TenantAdded t) {
      return message(Addresses.PLATFORM_TENANTS, body(t.eventType(), "tenant", Representations.tenant(t.tenant())));
    }
    FeedPosition reached = ((ProjectionsReached) notification).position();
    return message(Addresses.PROJECTED,
        new JsonObject().put("transactionId", reached.transactionId()).put("position", reached.position()));
  }

  /** How far the projections got, from the body of a message to {@link Addresses#PROJECTED}. */
  public static FeedPosition reached(JsonObject body) {
    return new FeedPosition(body.getLong("transactionId"), body.getLong("position"));
  }

  private static JsonObject message(String address, JsonObject body) {
    return new JsonObject().put("address", address).put("body", body);
  }

  private static JsonObject body(String type, String field, JsonObject row) {
    return new JsonObject().put("type", type).put(field, row);
  }
}
