package dev.albatross.api;

import io.vertx.core.json.JsonObject;

/**
 * An airline that the platform admin creates for the tests of one class, each of which registers
 * pilots of its own, so that what a test does to a pilot (a changed password, a locked sign-in)
 * touches no other test.
 */
final class OneAirline {
  final JsonObject tenant;
  private final Albatross app;

  OneAirline(Albatross app) {
    this.app = app;
    tenant = app.createTenant();
  }

  String id() {
    return tenant.getString("id");
  }

  /** Registers a new pilot of the airline with {@link Albatross#PASSWORD}, without signing them in. */
  JsonObject registerPilot() {
    return app.registerPilot(tenant);
  }
}
