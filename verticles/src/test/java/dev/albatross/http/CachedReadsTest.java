package dev.albatross.http;

import static dev.albatross.contract.Async.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.adapter.memory.InMemoryCache;
import dev.albatross.contract.TestEvents;
import dev.albatross.domain.model.Role;
import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.domain.readmodel.ApiKeyView;
import dev.albatross.domain.readmodel.Applied;
import dev.albatross.domain.readmodel.PirepView;
import dev.albatross.domain.readmodel.Projections;
import dev.albatross.http.CachedReads.CachedKey;
import dev.albatross.http.CachedReads.CachedPirep;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The cache of hot reads, kept by the projections")
class CachedReadsTest {
  private final InMemoryCache cache = new InMemoryCache();
  private final CachedReads reads = new CachedReads(cache);
  private final UUID tenantId = UUID.randomUUID();
  private final UUID userId = UUID.randomUUID();
  private final Instant at = Instant.parse("2026-11-27T03:00:00Z");

  private ApiKeyView key(String hash, Instant revokedAt) {
    return new ApiKeyView(UUID.randomUUID(), userId, Role.PILOT, tenantId, "ACARS", "alb_abcd", hash, at, null,
        revokedAt);
  }

  @Test
  @DisplayName("a revocation overwrites the key's entry with the refusal, from the key row the change carries")
  void revocation() {
    ApiKeyView live = key("a".repeat(64), null);
    String entry = CachedKey.entry(live, "Ada");
    await(cache.put(CachedReads.apiKey(live.keyHash()), entry, CachedReads.API_KEY_TTL));
    assertThat(CachedKey.parse(entry)).hasValueSatisfying(k -> assertThat(k.userId()).isEqualTo(userId));

    RecordedEvent revokedEvent = TestEvents.apiKeyRevoked(userId, tenantId, 3, live.id(), at);
    ApiKeyView revoked = key(live.keyHash(), at);
    await(reads.applied(List.of(new Applied(revokedEvent, revoked))));

    String after = await(cache.get(CachedReads.apiKey(live.keyHash()))).orElseThrow();
    assertThat(CachedKey.parse(after)).isEmpty();
  }

  @Test
  @DisplayName("a generated key writes nothing (readers fill the miss), a PIREP's change writes its new row")
  void othersChanges() {
    ApiKeyView generated = key("b".repeat(64), null);
    RecordedEvent submitted = TestEvents.pirepSubmitted(UUID.randomUUID(), tenantId, userId, at);
    PirepView pirep = Projections.pirep(List.of(submitted));

    RecordedEvent generatedEvent =
        TestEvents.apiKeyGenerated(userId, tenantId, 2, generated.id(), generated.keyHash(), at);
    await(reads.applied(List.of(new Applied(generatedEvent, generated), new Applied(submitted, pirep))));

    assertThat(await(cache.get(CachedReads.apiKey(generated.keyHash())))).isEmpty();
    String cached = await(cache.get(CachedReads.pirep(pirep.id()))).orElseThrow();
    assertThat(CachedPirep.parse(cached)).isEqualTo(CachedPirep.of(pirep));
  }
}
