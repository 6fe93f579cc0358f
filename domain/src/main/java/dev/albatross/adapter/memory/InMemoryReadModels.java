package dev.albatross.adapter.memory;

import dev.albatross.domain.model.StreamTypes;
import dev.albatross.domain.model.tenant.Rank;
import dev.albatross.domain.model.tenant.TenantEvent.RanksDefined;
import dev.albatross.domain.model.user.UserEvent.ApiKeyGenerated;
import dev.albatross.domain.model.user.UserEvent.ApiKeyRevoked;
import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.domain.readmodel.ApiKeyQueries;
import dev.albatross.domain.readmodel.ApiKeyUsage;
import dev.albatross.domain.readmodel.ApiKeyView;
import dev.albatross.domain.readmodel.Applied;
import dev.albatross.domain.readmodel.Cursor;
import dev.albatross.domain.readmodel.Filters.PirepFilter;
import dev.albatross.domain.readmodel.Filters.TenantFilter;
import dev.albatross.domain.readmodel.Filters.UserFilter;
import dev.albatross.domain.readmodel.Page;
import dev.albatross.domain.readmodel.PageRequest;
import dev.albatross.domain.readmodel.PilotStatsQueries;
import dev.albatross.domain.readmodel.PilotTotals;
import dev.albatross.domain.readmodel.PirepQueries;
import dev.albatross.domain.readmodel.PirepView;
import dev.albatross.domain.readmodel.Projections;
import dev.albatross.domain.readmodel.ReadModelWriter;
import dev.albatross.domain.readmodel.TenantQueries;
import dev.albatross.domain.readmodel.TenantView;
import dev.albatross.domain.readmodel.UserQueries;
import dev.albatross.domain.readmodel.UserView;
import io.vertx.core.Future;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Every read model of one process, in maps; writes are serialised, reads see whole rows. PIREPs,
 * the one list that grows without bound, are also kept newest first per airline, so a page reads
 * its own rows rather than sorting every PIREP held; a page across airlines merges their lists.
 */
public final class InMemoryReadModels
    implements TenantQueries, UserQueries, ApiKeyQueries, ApiKeyUsage, PirepQueries, PilotStatsQueries, ReadModelWriter {

  /** The streams these read models take; flights have a read model of their own. */
  private static final Set<String> OWN_STREAMS = Set.of(StreamTypes.TENANT, StreamTypes.USER, StreamTypes.PIREP);

  private final Map<UUID, TenantView> tenants = new ConcurrentHashMap<>();
  private final Map<UUID, UserView> users = new ConcurrentHashMap<>();
  private final Map<UUID, ApiKeyView> apiKeys = new ConcurrentHashMap<>();
  private final Map<String, UUID> apiKeysByHash = new ConcurrentHashMap<>();
  private final Map<UUID, PirepView> pireps = new ConcurrentHashMap<>();
  private final Map<UUID, NavigableMap<Cursor, PirepView>> tenantPirepsNewestFirst = new ConcurrentHashMap<>();
  private final SharedPirepValues shared = new SharedPirepValues();
  private final InMemoryPilotStats careers = new InMemoryPilotStats();

  @Override
  public Future<Long> streamVersion(UUID streamId, String streamType) {
    return Future.succeededFuture(version(streamId, streamType));
  }

  private long version(UUID streamId, String streamType) {
    switch (streamType) {
      case StreamTypes.TENANT:
        return Optional.ofNullable(tenants.get(streamId)).map(TenantView::version).orElse(0L);
      case StreamTypes.USER:
        return Optional.ofNullable(users.get(streamId)).map(UserView::version).orElse(0L);
      case StreamTypes.PIREP:
        return Optional.ofNullable(pireps.get(streamId)).map(PirepView::version).orElse(0L);
      default:
        return 0L;
    }
  }

  @Override
  public synchronized Future<List<Applied>> applyNext(List<RecordedEvent> events) {
    List<Applied> applied = new ArrayList<>();
    for (RecordedEvent e : events) {
      if (OWN_STREAMS.contains(e.streamType()) && e.version() == version(e.streamId(), e.streamType()) + 1) {
        applied.add(new Applied(e, applyOne(e)));
      }
    }
    return Future.succeededFuture(applied);
  }

  /** The stream's row after {@code e}. */
  private Object applyOne(RecordedEvent e) {
    switch (e.streamType()) {
      case StreamTypes.TENANT:
        TenantView tenant = Projections.tenant(tenants.get(e.streamId()), e);
        tenants.put(e.streamId(), tenant);
        if (e.event() instanceof RanksDefined defined) {
          careers.ranks(tenant.id(), defined.ranks());
        }
        return tenant;
      case StreamTypes.USER:
        return applyToUser(e);
      default:
        PirepView previous = pireps.get(e.streamId());
        PirepView pirep = shared.of(Projections.pirep(previous, e), previous);
        pireps.put(pirep.id(), pirep);
        tenantPirepsNewestFirst.computeIfAbsent(pirep.tenantId(), t -> new ConcurrentSkipListMap<>(Cursor.NEWEST_FIRST))
            .put(cursor(pirep), pirep);
        careers.pirep(pirep);
        return pirep;
    }
  }

  /** The user's row after {@code e}, or the key's row after an API-key event. */
  private Object applyToUser(RecordedEvent e) {
    UserView user = Projections.user(users.get(e.streamId()), e);
    users.put(user.id(), user);
    if (e.event() instanceof ApiKeyGenerated generated) {
      ApiKeyView key = Projections.apiKey(null, user, e);
      apiKeys.put(key.id(), key);
      apiKeysByHash.put(generated.keyHash(), key.id());
      return key;
    }
    if (e.event() instanceof ApiKeyRevoked revoked) {
      ApiKeyView key = apiKeys.computeIfPresent(revoked.keyId(), (id, current) -> Projections.apiKey(current, user, e));
      return key == null ? user : key;
    }
    return user;
  }

  @Override
  public synchronized Future<Void> reset() {
    tenants.clear();
    users.clear();
    apiKeys.clear();
    apiKeysByHash.clear();
    pireps.clear();
    tenantPirepsNewestFirst.clear();
    shared.clear();
    careers.clear();
    return Future.succeededFuture();
  }

  @Override
  public Future<Optional<TenantView>> tenant(UUID id) {
    return Future.succeededFuture(Optional.ofNullable(tenants.get(id)));
  }

  @Override
  public Future<Page<TenantView>> tenants(TenantFilter filter, PageRequest page) {
    return Future.succeededFuture(page(tenants.values(),
        t -> filter.tenantId().map(t.id()::equals).orElse(true),
        t -> new Cursor(t.createdAt(), t.id()), page));
  }

  @Override
  public Future<Optional<UserView>> user(UUID id) {
    return Future.succeededFuture(Optional.ofNullable(users.get(id)));
  }

  @Override
  public Future<Page<UserView>> users(UserFilter filter, PageRequest page) {
    Predicate<UserView> matches = u -> filter.tenantId().map(t -> t.equals(u.tenantId())).orElse(true)
        && filter.role().map(r -> r == u.role()).orElse(true);
    return Future.succeededFuture(page(users.values(), matches, u -> new Cursor(u.createdAt(), u.id()), page));
  }

  @Override
  public Future<Optional<ApiKeyView>> byHash(String keyHash) {
    return Future.succeededFuture(Optional.ofNullable(apiKeysByHash.get(keyHash)).map(apiKeys::get));
  }

  @Override
  public Future<Page<ApiKeyView>> ofUser(UUID userId, PageRequest page) {
    return Future.succeededFuture(page(apiKeys.values(), k -> k.userId().equals(userId),
        k -> new Cursor(k.createdAt(), k.id()), page));
  }

  @Override
  public Future<Void> touch(UUID keyId, Instant at) {
    apiKeys.computeIfPresent(keyId, (id, key) -> key.withLastUsedAt(at));
    return Future.succeededFuture();
  }

  @Override
  public Future<Optional<PirepView>> pirep(UUID id) {
    return Future.succeededFuture(Optional.ofNullable(pireps.get(id)));
  }

  @Override
  public Future<Page<PirepView>> pireps(PirepFilter filter, PageRequest page) {
    Predicate<PirepView> matches = p -> filter.tenantId().map(p.tenantId()::equals).orElse(true)
        && filter.status().map(s -> s == p.status()).orElse(true)
        && filter.pilotId().map(p.pilotId()::equals).orElse(true);
    Collection<NavigableMap<Cursor, PirepView>> lists = filter.tenantId()
        .map(t -> List.of(tenantPirepsNewestFirst.getOrDefault(t, Collections.emptyNavigableMap())))
        .orElseGet(() -> List.copyOf(tenantPirepsNewestFirst.values()));
    Stream<PirepView> rows = NewestFirst.merged(lists, page.after());
    return Future.succeededFuture(Page.ofLookahead(rows.filter(matches).limit(page.limit() + 1L).toList(),
        page.limit(), InMemoryReadModels::cursor));
  }

  @Override
  public Future<PilotTotals> totals(UUID pilotId) {
    return careers.totals(pilotId);
  }

  @Override
  public Future<List<Rank>> ranks(UUID tenantId) {
    return careers.ranks(tenantId);
  }

  @Override
  public Future<List<UUID>> leaderboard(UUID tenantId, Optional<YearMonth> month, int limit) {
    return careers.leaderboard(tenantId, month, limit);
  }

  private static Cursor cursor(PirepView pirep) {
    return new Cursor(pirep.submittedAt(), pirep.id());
  }

  /** A page of a short list (airlines, users, keys), sorted as it is read. */
  private static <T> Page<T> page(Collection<T> rows, Predicate<T> matches, Function<T, Cursor> key, PageRequest page) {
    List<T> sorted = rows.stream()
        .filter(matches)
        .filter(row -> page.after().map(after -> after.isBefore(key.apply(row).at(), key.apply(row).id())).orElse(true))
        .sorted((a, b) -> Cursor.NEWEST_FIRST.compare(key.apply(a), key.apply(b)))
        .limit(page.limit() + 1L)
        .toList();
    return Page.ofLookahead(sorted, page.limit(), key);
  }
}
