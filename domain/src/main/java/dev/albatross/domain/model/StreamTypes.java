package dev.albatross.domain.model;

/** The stream types recorded in the event store, one per aggregate. */
public final class StreamTypes {
  public static final String TENANT = "Tenant";
  public static final String USER = "User";
  public static final String PIREP = "Pirep";
  public static final String UNIQUE_VALUE = "UniqueValue";
  public static final String IDEMPOTENCY_KEY = "IdempotencyKey";
  public static final String FLIGHT = "Flight";

  private StreamTypes() {}
}
