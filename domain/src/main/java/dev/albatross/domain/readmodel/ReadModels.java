package dev.albatross.domain.readmodel;

/**
 * The read side, port by port: what applies events to the read models, what reads them, and what
 * records a key's last use. One adapter usually stands behind all of them but the flights, which
 * have their own ({@link #of}).
 */
public record ReadModels(
    ReadModelWriter writer,
    TenantQueries tenants,
    UserQueries users,
    ApiKeyQueries apiKeys,
    ApiKeyUsage apiKeyUsage,
    PirepQueries pireps,
    FlightQueries flights,
    PilotStatsQueries careers) {

  public static <T extends ReadModelWriter & TenantQueries & UserQueries & ApiKeyQueries & ApiKeyUsage & PirepQueries
      & PilotStatsQueries, F extends ReadModelWriter & FlightQueries> ReadModels of(T all, F flights) {
    return new ReadModels(new ReadModelsWithFlights(all, flights), all, all, all, all, all, flights, all);
  }
}
