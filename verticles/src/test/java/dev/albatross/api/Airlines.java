package dev.albatross.api;

import io.vertx.core.json.JsonObject;

/**
 * Two airlines that the platform admin creates for the tests of one class, with their staff
 * signed in: the own airline with a tenant admin and a pilot, the other with a tenant admin.
 * {@link WithPilots} adds the pilots the PIREP tests need.
 */
class Airlines {
  final JsonObject airline;
  final JsonObject otherAirline;
  final Caller tenantAdmin;
  final Caller pilot;
  final Caller otherTenantAdmin;

  Airlines(Albatross app) {
    airline = app.createTenant();
    otherAirline = app.createTenant();
    tenantAdmin = app.newTenantAdmin(airline);
    pilot = app.newPilot(airline);
    otherTenantAdmin = app.newTenantAdmin(otherAirline);
  }

  String airlineId() {
    return airline.getString("id");
  }

  String otherAirlineId() {
    return otherAirline.getString("id");
  }

  /** The two airlines with a second pilot of the own one (the pilot's colleague) and a pilot of the other. */
  static final class WithPilots extends Airlines {
    final Caller colleague;
    final Caller otherPilot;

    WithPilots(Albatross app) {
      super(app);
      colleague = app.newPilot(airline);
      otherPilot = app.newPilot(otherAirline);
    }
  }
}
