package dev.albatross.bus;

import java.util.UUID;

/** Every event-bus address and live-notification address, in one place. */
public final class Addresses {
  /** Commands from the HTTP verticle to a CommandVerticle. */
  public static final String COMMANDS = "albatross.commands";
  /** Recorded events, when the event bus is the local Vert.x one. */
  public static final String EVENTS = "albatross.events";
  /** Live notifications inside one process, before a bridge forwards them to their address. */
  public static final String NOTIFICATIONS = "albatross.notifications";
  /** Whether this process hears every notification (false while its Redis subscription is lost). */
  public static final String HEARING_NOTIFICATIONS = "albatross.notifications.hearing";
  public static final String PLATFORM_TENANTS = "platform.tenants";
  /**
   * How far the projections got, told after each delivery's changes (never forwarded to bridge
   * clients): what a read waiting for a position waits on.
   */
  public static final String PROJECTED = "albatross.projected";

  private Addresses() {}

  public static String tenantPireps(UUID tenantId) {
    return "tenant." + tenantId + ".pireps";
  }

  public static String tenantFlights(UUID tenantId) {
    return "tenant." + tenantId + ".flights";
  }

  public static String tenantUsers(UUID tenantId) {
    return "tenant." + tenantId + ".users";
  }

  public static String tenantPilots(UUID tenantId) {
    return "tenant." + tenantId + ".pilots";
  }
}
