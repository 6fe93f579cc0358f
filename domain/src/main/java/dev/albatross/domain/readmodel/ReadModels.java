package dev.albatross.domain.readmodel;

/**
 * The read side, port by port: what applies events to the read models, what reads them, and what
 * records a key's last use. One adapter usually stands behind all of them ({@link #of}).
 */
public record ReadModels(
    ReadModelWriter writer,
    TenantQueries tenants,
    UserQueries users,
    ApiKeyQueries apiKeys,
    ApiKeyUsage apiKeyUsage,
    PirepQueries pireps,
    PilotStatsQueries careers) {

  public static <T extends ReadModelWriter & TenantQueries & UserQueries & ApiKeyQueries & ApiKeyUsage & PirepQueries
      & PilotStatsQueries> ReadModels of(T all) {
    return new ReadModels(all, all, all, all, all, all, all);
  }
}
