package dev.albatross.contract;

import static dev.albatross.contract.Async.await;
import static dev.albatross.contract.TestEvents.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.adapter.memory.InMemoryEventStore;
import dev.albatross.domain.app.ProjectionRebuild;
import dev.albatross.domain.model.Role;
import dev.albatross.domain.model.StreamTypes;
import dev.albatross.domain.model.pirep.FlightDetails;
import dev.albatross.domain.model.pirep.PirepEvent.PirepSubmitted;
import dev.albatross.domain.model.pirep.PirepSource;
import dev.albatross.domain.model.pirep.PirepStatus;
import dev.albatross.domain.model.user.UserEvent.SessionEnded;
import dev.albatross.domain.model.user.UserEvent.UserPasswordChanged;
import dev.albatross.domain.model.user.UserEvent.UserReactivated;
import dev.albatross.domain.model.user.UserEvent.UserRenamed;
import dev.albatross.domain.model.user.UserEvent.UserRoleChanged;
import dev.albatross.domain.model.user.UserEvent.UserSuspended;
import dev.albatross.domain.model.user.UserStatus;
import dev.albatross.domain.port.EventStore;
import dev.albatross.domain.port.PendingEvent;
import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.domain.port.StreamWrite;
import dev.albatross.domain.readmodel.ApiKeyView;
import dev.albatross.domain.readmodel.Applied;
import dev.albatross.domain.readmodel.Cursor;
import dev.albatross.domain.readmodel.Filters.PirepFilter;
import dev.albatross.domain.readmodel.Filters.TenantFilter;
import dev.albatross.domain.readmodel.Filters.UserFilter;
import dev.albatross.domain.readmodel.Page;
import dev.albatross.domain.readmodel.PageRequest;
import dev.albatross.domain.readmodel.PirepView;
import dev.albatross.domain.readmodel.Projections;
import dev.albatross.domain.readmodel.ReadModels;
import dev.albatross.domain.readmodel.TenantView;
import dev.albatross.domain.readmodel.UserView;
import io.vertx.core.Future;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What every read-model adapter promises: the writer and the four queries over the same rows. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ReadModelsContract {

  /** Called before each test: read models holding no row. */
  protected abstract ReadModels emptyReadModels();

  private ReadModels models;

  @BeforeEach
  void freshReadModels() {
    models = emptyReadModels();
  }

  private boolean apply(RecordedEvent e) {
    return await(models.writer().apply(e));
  }

  private void applyAll(RecordedEvent... events) {
    for (RecordedEvent e : events) {
      assertThat(apply(e)).as("applies %s v%s", e.eventType(), e.version()).isTrue();
    }
  }

  private static Instant at(int minutes) {
    return T0.plusSeconds(60L * minutes);
  }

  /** Follows next cursors from the first page to the last, collecting every item. */
  private static <T> List<T> allPages(int limit, Function<PageRequest, Future<Page<T>>> query) {
    List<T> items = new ArrayList<>();
    PageRequest request = PageRequest.first(limit);
    for (int pages = 0; pages < 100; pages++) {
      Page<T> page = await(query.apply(request));
      assertThat(page.items()).hasSizeLessThanOrEqualTo(limit);
      items.addAll(page.items());
      if (page.nextCursor() == null) {
        return items;
      }
      request = new PageRequest(limit, Optional.of(Cursor.decode(page.nextCursor())));
    }
    throw new AssertionError("pagination does not end");
  }

  @Nested
  @DisplayName("tenants")
  class Tenants {

    @Test
    @DisplayName("a created tenant is a row at version 1")
    void created() {
      UUID id = UUID.randomUUID();
      RecordedEvent created = TestEvents.tenantCreated(id, "ALB", at(0));

      assertThat(apply(created)).isTrue();

      assertThat(await(models.tenants().tenant(id))).contains(Projections.tenant(created));
      assertThat(await(models.writer().streamVersion(id, StreamTypes.TENANT))).isEqualTo(1L);
      assertThat(await(models.tenants().tenant(UUID.randomUUID()))).isEmpty();
    }

    @Test
    @DisplayName("list newest first in pages that end with no cursor, filtered by tenant")
    void pages() {
      List<UUID> ids = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        UUID id = UUID.randomUUID();
        ids.add(0, id);
        applyAll(TestEvents.tenantCreated(id, "T" + i, at(i)));
      }

      List<TenantView> all = allPages(2, page -> models.tenants().tenants(new TenantFilter(Optional.empty()), page));
      assertThat(all).extracting(TenantView::id).containsExactlyElementsOf(ids);

      Page<TenantView> exact = await(models.tenants().tenants(new TenantFilter(Optional.empty()), PageRequest.first(5)));
      assertThat(exact.items()).hasSize(5);
      assertThat(exact.nextCursor()).isNull();

      Page<TenantView> one = await(models.tenants().tenants(new TenantFilter(Optional.of(ids.get(2))), PageRequest.first(10)));
      assertThat(one.items()).extracting(TenantView::id).containsExactly(ids.get(2));
    }

    @Test
    @DisplayName("rows created at the same instant are each listed exactly once across pages")
    void ties() {
      List<UUID> ids = new ArrayList<>();
      for (int i = 0; i < 7; i++) {
        UUID id = UUID.randomUUID();
        ids.add(id);
        applyAll(TestEvents.tenantCreated(id, "S" + i, i < 5 ? at(1) : at(2)));
      }

      List<TenantView> all = allPages(2, page -> models.tenants().tenants(new TenantFilter(Optional.empty()), page));

      assertThat(all).extracting(TenantView::id).containsExactlyInAnyOrderElementsOf(ids);
      assertThat(all.subList(0, 2)).extracting(TenantView::createdAt).containsOnly(at(2));
    }
  }

  @Nested
  @DisplayName("the writer")
  class Writer {

    @Test
    @DisplayName("ignores an event at or below the row's version and reports it")
    void duplicates() {
      UUID pirepId = UUID.randomUUID();
      UUID tenantId = UUID.randomUUID();
      RecordedEvent submitted = TestEvents.pirepSubmitted(pirepId, tenantId, UUID.randomUUID(), at(0));
      RecordedEvent accepted = TestEvents.pirepAccepted(pirepId, tenantId, UUID.randomUUID(), at(5));
      applyAll(submitted, accepted);

      assertThat(apply(submitted)).isFalse();
      assertThat(apply(accepted)).isFalse();
      assertThat(apply(TestEvents.pirepRejected(pirepId, tenantId, UUID.randomUUID(), at(9)))).isFalse();

      PirepView view = await(models.pireps().pirep(pirepId)).orElseThrow();
      assertThat(view.status()).isEqualTo(PirepStatus.ACCEPTED);
      assertThat(view.version()).isEqualTo(2L);
    }

    @Test
    @DisplayName("applies an event delivered to several appliers at once exactly once")
    void concurrentRedelivery() {
      UUID userId = UUID.randomUUID();
      RecordedEvent registered = TestEvents.userRegistered(userId, UUID.randomUUID(), Role.PILOT, at(0));
      RecordedEvent generated = TestEvents.apiKeyGenerated(userId, registered.tenantId(), 2, UUID.randomUUID(),
          "f".repeat(64), at(1));

      for (RecordedEvent e : List.of(registered, generated)) {
        List<Future<Boolean>> appliers = IntStream.range(0, 8).mapToObj(i -> models.writer().apply(e)).toList();
        await(Future.all(appliers));
        assertThat(appliers.stream().filter(Future::result)).hasSize(1);
      }
      assertThat(await(models.users().user(userId)).orElseThrow().version()).isEqualTo(2L);
      assertThat(await(models.apiKeys().ofUser(userId, PageRequest.first(10))).items()).hasSize(1);
    }

    @Test
    @DisplayName("does not apply an event that skips a version")
    void gaps() {
      UUID pirepId = UUID.randomUUID();
      UUID tenantId = UUID.randomUUID();

      assertThat(apply(TestEvents.pirepAccepted(pirepId, tenantId, UUID.randomUUID(), at(5)))).isFalse();

      assertThat(await(models.pireps().pirep(pirepId))).isEmpty();
      assertThat(await(models.writer().streamVersion(pirepId, StreamTypes.PIREP))).isZero();
    }

    @Test
    @DisplayName("applies a batch in order as one-by-one applies would: next versions only, every read model")
    void batches() {
      UUID tenantId = UUID.randomUUID();
      UUID userId = UUID.randomUUID();
      UUID pirepId = UUID.randomUUID();
      UUID earlier = UUID.randomUUID();
      RecordedEvent earlierSubmitted = TestEvents.pirepSubmitted(earlier, tenantId, userId, at(0));
      applyAll(earlierSubmitted);
      RecordedEvent tenant = TestEvents.tenantCreated(tenantId, "BAT", at(1));
      RecordedEvent user = TestEvents.userRegistered(userId, tenantId, Role.PILOT, at(2));
      RecordedEvent key = TestEvents.apiKeyGenerated(userId, tenantId, 2, UUID.randomUUID(), "b".repeat(64), at(3));
      RecordedEvent submitted = TestEvents.pirepSubmitted(pirepId, tenantId, userId, at(4));
      RecordedEvent accepted = TestEvents.pirepAccepted(pirepId, tenantId, UUID.randomUUID(), at(5));
      RecordedEvent skipping = TestEvents.pirepAccepted(UUID.randomUUID(), tenantId, UUID.randomUUID(), at(6));
      RecordedEvent earlierAccepted = TestEvents.pirepAccepted(earlier, tenantId, UUID.randomUUID(), at(7));

      await(models.writer().applyNext(List.of(tenant, user, earlierSubmitted, submitted, key, accepted, skipping,
          earlierAccepted, submitted)));

      assertThat(await(models.tenants().tenant(tenantId))).contains(Projections.tenant(tenant));
      assertThat(await(models.users().user(userId)).orElseThrow().version()).isEqualTo(2L);
      assertThat(await(models.apiKeys().byHash("b".repeat(64)))).isPresent();
      assertThat(await(models.pireps().pirep(pirepId))).contains(Projections.pirep(List.of(submitted, accepted)));
      assertThat(await(models.pireps().pirep(earlier)))
          .contains(Projections.pirep(List.of(earlierSubmitted, earlierAccepted)));
      assertThat(await(models.pireps().pirep(skipping.streamId()))).isEmpty();
    }

    @Test
    @DisplayName("answers the events of a batch that applied, in order, each with the row it made")
    void appliedChanges() {
      UUID tenantId = UUID.randomUUID();
      UUID pirepId = UUID.randomUUID();
      RecordedEvent submitted = TestEvents.pirepSubmitted(pirepId, tenantId, UUID.randomUUID(), at(0));
      RecordedEvent accepted = TestEvents.pirepAccepted(pirepId, tenantId, UUID.randomUUID(), at(1));
      RecordedEvent tenant = TestEvents.tenantCreated(tenantId, "BAT", at(2));
      RecordedEvent skipping = TestEvents.pirepAccepted(UUID.randomUUID(), tenantId, UUID.randomUUID(), at(3));

      List<Applied> first = await(models.writer().applyNext(List.of(submitted, tenant, skipping, accepted, submitted)));
      List<Applied> again = await(models.writer().applyNext(List.of(submitted, accepted)));

      assertThat(first).extracting(Applied::event).containsExactly(submitted, tenant, accepted);
      assertThat(first).extracting(Applied::row).containsExactly(Projections.pirep(List.of(submitted)),
          Projections.tenant(tenant), Projections.pirep(List.of(submitted, accepted)));
      assertThat(again).isEmpty();
    }

    @Test
    @DisplayName("applies a batch raced by several appliers exactly once, new streams included")
    void concurrentBatches() {
      UUID tenantId = UUID.randomUUID();
      UUID pirepId = UUID.randomUUID();
      List<RecordedEvent> batch = List.of(TestEvents.pirepSubmitted(pirepId, tenantId, UUID.randomUUID(), at(0)),
          TestEvents.pirepAccepted(pirepId, tenantId, UUID.randomUUID(), at(1)));

      List<Future<List<Applied>>> appliers = IntStream.range(0, 8).mapToObj(i -> models.writer().applyNext(batch)).toList();
      await(Future.all(appliers));

      assertThat(appliers.stream().flatMap(f -> f.result().stream()).map(Applied::event)).containsExactlyElementsOf(batch);
      assertThat(await(models.pireps().pirep(pirepId))).contains(Projections.pirep(batch));
    }

    @Test
    @DisplayName("a rebuild in small batches over lanes leaves every row as its stream's whole history makes it")
    void rebuild() {
      UUID tenantId = UUID.randomUUID();
      List<UUID> users = IntStream.range(0, 6).mapToObj(i -> UUID.randomUUID()).toList();
      List<UUID> pireps = IntStream.range(0, 40).mapToObj(i -> UUID.randomUUID()).toList();
      List<RecordedEvent> feed = new ArrayList<>(List.of(TestEvents.tenantCreated(tenantId, "RBD", at(0))));
      users.forEach(u -> feed.add(TestEvents.userRegistered(u, tenantId, Role.PILOT, at(1))));
      for (UUID p : pireps.subList(0, 20)) {
        feed.add(TestEvents.pirepSubmitted(p, tenantId, users.get(0), at(2)));
        feed.add(TestEvents.pirepAccepted(p, tenantId, users.get(1), at(3)));
      }
      pireps.subList(20, 40).forEach(p -> feed.add(TestEvents.pirepSubmitted(p, tenantId, users.get(0), at(4))));
      for (int i = 0; i < users.size(); i++) {
        UUID keyId = UUID.randomUUID();
        feed.add(TestEvents.apiKeyGenerated(users.get(i), tenantId, 2, keyId, Integer.toString(i).repeat(64), at(5)));
        feed.add(TestEvents.apiKeyRevoked(users.get(i), tenantId, 3, keyId, at(6)));
      }
      pireps.subList(20, 40).forEach(p -> feed.add(TestEvents.pirepRejected(p, tenantId, users.get(1), at(7))));
      EventStore store = new InMemoryEventStore();
      List<RecordedEvent> stored = feed.stream().map(e -> await(store.append(List.of(new StreamWrite(e.streamId(),
          e.streamType(), e.tenantId(), e.version() - 1, List.of(new PendingEvent(e.eventId(), e.event())))),
          e.metadata())).get(0)).toList();
      UUID leftOver = UUID.randomUUID();
      applyAll(TestEvents.pirepSubmitted(leftOver, tenantId, users.get(0), at(8)));

      long replayed = await(new ProjectionRebuild(store, models.writer(), 7).run(count -> {}));

      assertThat(replayed).isEqualTo(stored.size());
      Function<UUID, List<RecordedEvent>> history = id -> stored.stream().filter(e -> e.streamId().equals(id)).toList();
      pireps.forEach(p -> assertThat(await(models.pireps().pirep(p))).contains(Projections.pirep(history.apply(p))));
      users.forEach(u -> assertThat(await(models.users().user(u))).contains(Projections.user(history.apply(u))));
      for (int i = 0; i < users.size(); i++) {
        assertThat(await(models.apiKeys().byHash(Integer.toString(i).repeat(64))).orElseThrow().revokedAt()).isNotNull();
      }
      assertThat(await(models.tenants().tenant(tenantId))).contains(Projections.tenant(stored.get(0)));
      assertThat(await(models.pireps().pirep(leftOver))).isEmpty();
    }

    @Test
    @DisplayName("ignores streams that feed no read model")
    void unprojected() {
      UUID streamId = UUID.randomUUID();
      RecordedEvent claim = TestEvents.recorded(streamId, StreamTypes.UNIQUE_VALUE, 1, null, at(0),
          TestEvents.anyEvent("taken"));

      assertThat(apply(claim)).isFalse();
      assertThat(await(models.writer().streamVersion(streamId, StreamTypes.UNIQUE_VALUE))).isZero();
    }

    @Test
    @DisplayName("reset empties every read model")
    void reset() {
      UUID tenantId = UUID.randomUUID();
      UUID userId = UUID.randomUUID();
      UUID pirepId = UUID.randomUUID();
      applyAll(
          TestEvents.tenantCreated(tenantId, "RST", at(0)),
          TestEvents.userRegistered(userId, tenantId, Role.PILOT, at(1)),
          TestEvents.apiKeyGenerated(userId, tenantId, 2, UUID.randomUUID(), "a".repeat(64), at(2)),
          TestEvents.pirepSubmitted(pirepId, tenantId, userId, at(3)));

      await(models.writer().reset());

      assertThat(await(models.tenants().tenant(tenantId))).isEmpty();
      assertThat(await(models.users().user(userId))).isEmpty();
      assertThat(await(models.apiKeys().byHash("a".repeat(64)))).isEmpty();
      assertThat(await(models.pireps().pirep(pirepId))).isEmpty();
      assertThat(await(models.writer().streamVersion(userId, StreamTypes.USER))).isZero();
      assertThat(apply(TestEvents.tenantCreated(tenantId, "RST", at(0)))).isTrue();
    }
  }

  @Nested
  @DisplayName("users")
  class Users {

    @Test
    @DisplayName("a registered user, then a password change that clears must-change and bumps the version")
    void registeredAndChanged() {
      UUID tenantId = UUID.randomUUID();
      UUID userId = UUID.randomUUID();
      RecordedEvent registered = TestEvents.userRegistered(userId, tenantId, Role.TENANT_ADMIN, at(0));
      applyAll(registered);
      assertThat(await(models.users().user(userId))).contains(Projections.user(null, registered));

      applyAll(TestEvents.passwordChanged(userId, tenantId, 2, at(1)));

      UserView user = await(models.users().user(userId)).orElseThrow();
      assertThat(user.mustChangePassword()).isFalse();
      assertThat(user.version()).isEqualTo(2L);
      assertThat(user.createdAt()).isEqualTo(at(0));
      assertThat(await(models.writer().streamVersion(userId, StreamTypes.USER))).isEqualTo(2L);
    }

    @Test
    @DisplayName("renamed, role changed, signed out, suspended and reactivated: the row follows, one by one or in a batch")
    void lifecycle() {
      UUID tenantId = UUID.randomUUID();
      for (boolean batch : List.of(false, true)) {
        UUID userId = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        UUID signedOut = UUID.randomUUID();
        UUID expired = UUID.randomUUID();
        List<RecordedEvent> history = List.of(
            TestEvents.userRegistered(userId, tenantId, Role.PILOT, at(0)),
            TestEvents.user(userId, tenantId, 2, at(1), new UserRenamed("Captain Pat")),
            TestEvents.user(userId, tenantId, 3, at(2), new UserRoleChanged(Role.TENANT_ADMIN)),
            TestEvents.user(userId, tenantId, 4, at(3), new SessionEnded(expired, at(5))),
            TestEvents.user(userId, tenantId, 5, at(4), new SessionEnded(signedOut, at(60))),
            TestEvents.user(userId, tenantId, 6, at(6), new UserPasswordChanged("$argon2id$new", kept)),
            TestEvents.user(userId, tenantId, 7, at(7), new UserSuspended("left the airline")));
        if (batch) {
          await(models.writer().applyNext(history));
        } else {
          applyAll(history.toArray(RecordedEvent[]::new));
        }

        UserView suspended = await(models.users().user(userId)).orElseThrow();
        assertThat(suspended).isEqualTo(Projections.user(history));
        assertThat(suspended.displayName()).isEqualTo("Captain Pat");
        assertThat(suspended.role()).isEqualTo(Role.TENANT_ADMIN);
        assertThat(suspended.status()).isEqualTo(UserStatus.SUSPENDED);
        assertThat(suspended.suspendedReason()).isEqualTo("left the airline");
        assertThat(suspended.sessions().generation()).isEqualTo(2);
        assertThat(suspended.sessions().ended()).containsOnlyKeys(signedOut);
        assertThat(suspended.sessions().ended().get(signedOut)).isEqualTo(at(60).truncatedTo(ChronoUnit.MILLIS));

        RecordedEvent reactivated = TestEvents.user(userId, tenantId, 8, at(8), new UserReactivated());
        applyAll(reactivated);
        UserView active = await(models.users().user(userId)).orElseThrow();
        assertThat(active.status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(active.suspendedReason()).isNull();
        assertThat(active.sessions().admit(kept, 0)).as("suspension ended the kept session too").isFalse();
        assertThat(active.sessions().admit(UUID.randomUUID(), 2)).isTrue();
        assertThat(active.version()).isEqualTo(8L);
      }
    }

    @Test
    @DisplayName("list by tenant and role, newest first, in pages")
    void filtersAndPages() {
      UUID tenant = UUID.randomUUID();
      UUID otherTenant = UUID.randomUUID();
      List<UUID> pilots = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        UUID id = UUID.randomUUID();
        pilots.add(0, id);
        applyAll(TestEvents.userRegistered(id, tenant, Role.PILOT, at(10 + i)));
      }
      UUID admin = UUID.randomUUID();
      applyAll(TestEvents.userRegistered(admin, tenant, Role.TENANT_ADMIN, at(1)));
      UUID stranger = UUID.randomUUID();
      applyAll(TestEvents.userRegistered(stranger, otherTenant, Role.PILOT, at(20)));
      UUID platformAdmin = UUID.randomUUID();
      applyAll(TestEvents.userRegistered(platformAdmin, null, Role.PLATFORM_ADMIN, at(30)));

      List<UserView> tenantPilots = allPages(2, page -> models.users().users(
          new UserFilter(Optional.of(tenant), Optional.of(Role.PILOT)), page));
      assertThat(tenantPilots).extracting(UserView::id).containsExactlyElementsOf(pilots);

      List<UserView> everyoneInTenant = allPages(4, page -> models.users().users(
          new UserFilter(Optional.of(tenant), Optional.empty()), page));
      assertThat(everyoneInTenant).extracting(UserView::id).endsWith(admin).hasSize(6);

      List<UserView> everyone = allPages(3, page -> models.users().users(
          new UserFilter(Optional.empty(), Optional.empty()), page));
      assertThat(everyone).extracting(UserView::id).startsWith(platformAdmin, stranger).hasSize(8);

      List<UserView> platformAdmins = allPages(3, page -> models.users().users(
          new UserFilter(Optional.empty(), Optional.of(Role.PLATFORM_ADMIN)), page));
      assertThat(platformAdmins).extracting(UserView::id).containsExactly(platformAdmin);
      assertThat(platformAdmins.get(0).tenantId()).isNull();
    }
  }

  @Nested
  @DisplayName("API keys")
  class ApiKeys {

    @Test
    @DisplayName("a generated key is found by its hash with its owner's role and tenant, and counts in the user's version")
    void generated() {
      UUID tenantId = UUID.randomUUID();
      UUID userId = UUID.randomUUID();
      UUID keyId = UUID.randomUUID();
      String hash = "b".repeat(64);
      RecordedEvent registered = TestEvents.userRegistered(userId, tenantId, Role.PILOT, at(0));
      RecordedEvent generated = TestEvents.apiKeyGenerated(userId, tenantId, 2, keyId, hash, at(1));
      applyAll(registered, generated);

      ApiKeyView key = await(models.apiKeys().byHash(hash)).orElseThrow();
      UserView owner = await(models.users().user(userId)).orElseThrow();
      assertThat(key).isEqualTo(Projections.apiKey(null, owner, generated));
      assertThat(key.role()).isEqualTo(Role.PILOT);
      assertThat(key.tenantId()).isEqualTo(tenantId);
      assertThat(owner.version()).isEqualTo(2L);
      assertThat(await(models.apiKeys().byHash("c".repeat(64)))).isEmpty();
    }

    @Test
    @DisplayName("the change an API-key event made carries the key's row as the event left it, hash included")
    void changeCarriesTheKey() {
      UUID tenantId = UUID.randomUUID();
      UUID userId = UUID.randomUUID();
      UUID keyId = UUID.randomUUID();
      String hash = "e".repeat(64);
      RecordedEvent registered = TestEvents.userRegistered(userId, tenantId, Role.PILOT, at(0));
      RecordedEvent generated = TestEvents.apiKeyGenerated(userId, tenantId, 2, keyId, hash, at(1));
      RecordedEvent revoked = TestEvents.apiKeyRevoked(userId, tenantId, 3, keyId, at(2));

      List<Applied> changes = await(models.writer().applyNext(List.of(registered, generated, revoked)));

      assertThat(changes).extracting(Applied::event).containsExactly(registered, generated, revoked);
      assertThat(changes.get(0).row()).isInstanceOf(UserView.class);
      ApiKeyView afterGenerated = (ApiKeyView) changes.get(1).row();
      ApiKeyView afterRevoked = (ApiKeyView) changes.get(2).row();
      assertThat(afterGenerated.keyHash()).isEqualTo(hash);
      assertThat(afterGenerated.revokedAt()).isNull();
      assertThat(afterRevoked.id()).isEqualTo(keyId);
      assertThat(afterRevoked.keyHash()).isEqualTo(hash);
      assertThat(afterRevoked.revokedAt()).isEqualTo(at(2));
    }

    @Test
    @DisplayName("a revoked key keeps its row with the revocation time; touch records the last use")
    void revokedAndTouched() {
      UUID tenantId = UUID.randomUUID();
      UUID userId = UUID.randomUUID();
      UUID keyId = UUID.randomUUID();
      String hash = "d".repeat(64);
      applyAll(
          TestEvents.userRegistered(userId, tenantId, Role.PILOT, at(0)),
          TestEvents.apiKeyGenerated(userId, tenantId, 2, keyId, hash, at(1)));

      await(models.apiKeyUsage().touch(keyId, at(2)));
      assertThat(await(models.apiKeys().byHash(hash)).orElseThrow().lastUsedAt()).isEqualTo(at(2));

      applyAll(TestEvents.apiKeyRevoked(userId, tenantId, 3, keyId, at(3)));

      ApiKeyView revoked = await(models.apiKeys().byHash(hash)).orElseThrow();
      assertThat(revoked.revokedAt()).isEqualTo(at(3));
      assertThat(revoked.lastUsedAt()).isEqualTo(at(2));
      assertThat(await(models.users().user(userId)).orElseThrow().version()).isEqualTo(3L);
    }

    @Test
    @DisplayName("a user's keys list newest first in pages, and no one else's")
    void ofUser() {
      UUID tenantId = UUID.randomUUID();
      UUID userId = UUID.randomUUID();
      UUID otherUser = UUID.randomUUID();
      applyAll(
          TestEvents.userRegistered(userId, tenantId, Role.PILOT, at(0)),
          TestEvents.userRegistered(otherUser, tenantId, Role.PILOT, at(0)),
          TestEvents.apiKeyGenerated(otherUser, tenantId, 2, UUID.randomUUID(), "e".repeat(64), at(9)));
      List<UUID> keys = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        UUID keyId = UUID.randomUUID();
        keys.add(0, keyId);
        applyAll(TestEvents.apiKeyGenerated(userId, tenantId, 2 + i, keyId, Integer.toString(i).repeat(64), at(1 + i)));
      }

      List<ApiKeyView> listed = allPages(2, page -> models.apiKeys().ofUser(userId, page));

      assertThat(listed).extracting(ApiKeyView::id).containsExactlyElementsOf(keys);
    }
  }

  @Nested
  @DisplayName("PIREPs")
  class Pireps {

    @Test
    @DisplayName("a submitted PIREP, then its review")
    void submittedAndReviewed() {
      UUID pirepId = UUID.randomUUID();
      UUID tenantId = UUID.randomUUID();
      UUID reviewer = UUID.randomUUID();
      RecordedEvent submitted = TestEvents.pirepSubmitted(pirepId, tenantId, UUID.randomUUID(), at(0));
      applyAll(submitted);
      assertThat(await(models.pireps().pirep(pirepId))).contains(Projections.pirep(null, submitted));

      RecordedEvent rejected = TestEvents.pirepRejected(pirepId, tenantId, reviewer, at(4));
      applyAll(rejected);

      PirepView view = await(models.pireps().pirep(pirepId)).orElseThrow();
      assertThat(view).isEqualTo(Projections.pirep(List.of(submitted, rejected)));
      assertThat(view.status()).isEqualTo(PirepStatus.REJECTED);
      assertThat(view.reviewedBy()).isEqualTo(reviewer);
      assertThat(view.rejectionReason()).isEqualTo("Wrong aircraft");
      assertThat(await(models.writer().streamVersion(pirepId, StreamTypes.PIREP))).isEqualTo(2L);
    }

    @Test
    @DisplayName("a PIREP with only its required fields keeps every optional one empty")
    void onlyRequiredFields() {
      UUID pirepId = UUID.randomUUID();
      UUID tenantId = UUID.randomUUID();
      FlightDetails bare = new FlightDetails("AB1", "EDDF", "EGLL", "A20N", 90, null, null, null, null, null, null, null);
      RecordedEvent submitted = TestEvents.recorded(pirepId, StreamTypes.PIREP, 1, tenantId, at(0),
          new PirepSubmitted(pirepId, tenantId, UUID.randomUUID(), "Pilot One", bare, PirepSource.MANUAL));
      applyAll(submitted);
      PirepView view = await(models.pireps().pirep(pirepId)).orElseThrow();
      assertThat(view.flight()).isEqualTo(bare);
      assertThat(view.flightId()).isNull();
    }

    @Test
    @DisplayName("a PIREP filed from a live flight keeps the flight's id, read and listed, applied alone or in a batch")
    void filedFromAFlight() {
      UUID tenantId = UUID.randomUUID();
      UUID alone = UUID.randomUUID();
      UUID batched = UUID.randomUUID();
      UUID aloneFlight = UUID.randomUUID();
      UUID batchedFlight = UUID.randomUUID();
      applyAll(TestEvents.pirepFiledFrom(aloneFlight, alone, tenantId, at(0)),
          TestEvents.pirepAccepted(alone, tenantId, UUID.randomUUID(), at(1)));
      await(models.writer().applyNext(List.of(TestEvents.pirepFiledFrom(batchedFlight, batched, tenantId, at(2)),
          TestEvents.pirepAccepted(batched, tenantId, UUID.randomUUID(), at(3)))));

      assertThat(await(models.pireps().pirep(alone)).orElseThrow().flightId()).isEqualTo(aloneFlight);
      assertThat(await(models.pireps().pirep(batched)).orElseThrow().flightId()).isEqualTo(batchedFlight);
      assertThat(allPages(10, page -> models.pireps().pireps(
          new PirepFilter(Optional.of(tenantId), Optional.empty(), Optional.empty()), page)))
          .extracting(PirepView::flightId).containsExactly(batchedFlight, aloneFlight);
    }

    @Test
    @DisplayName("list by tenant, status and pilot, newest first, in pages")
    void filtersAndPages() {
      UUID tenant = UUID.randomUUID();
      UUID pilot = UUID.randomUUID();
      UUID otherPilot = UUID.randomUUID();
      List<UUID> submittedByPilot = new ArrayList<>();
      List<UUID> accepted = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        UUID id = UUID.randomUUID();
        applyAll(TestEvents.pirepSubmitted(id, tenant, i % 2 == 0 ? pilot : otherPilot, at(i)));
        if (i % 3 == 0) {
          applyAll(TestEvents.pirepAccepted(id, tenant, UUID.randomUUID(), at(100)));
          accepted.add(0, id);
        } else if (i % 2 == 0) {
          submittedByPilot.add(0, id);
        }
      }
      UUID elsewhere = UUID.randomUUID();
      applyAll(TestEvents.pirepSubmitted(elsewhere, UUID.randomUUID(), pilot, at(50)));

      List<PirepView> tenantPireps = allPages(4, page -> models.pireps().pireps(
          new PirepFilter(Optional.of(tenant), Optional.empty(), Optional.empty()), page));
      assertThat(tenantPireps).hasSize(6).extracting(PirepView::tenantId).containsOnly(tenant);
      assertThat(tenantPireps).extracting(PirepView::submittedAt).isSortedAccordingTo((a, b) -> b.compareTo(a));

      assertThat(allPages(1, page -> models.pireps().pireps(
          new PirepFilter(Optional.of(tenant), Optional.of(PirepStatus.ACCEPTED), Optional.empty()), page)))
          .extracting(PirepView::id).containsExactlyElementsOf(accepted);

      assertThat(allPages(5, page -> models.pireps().pireps(
          new PirepFilter(Optional.of(tenant), Optional.of(PirepStatus.SUBMITTED), Optional.of(pilot)), page)))
          .extracting(PirepView::id).containsExactlyElementsOf(submittedByPilot);

      assertThat(allPages(10, page -> models.pireps().pireps(
          new PirepFilter(Optional.empty(), Optional.empty(), Optional.empty()), page)))
          .hasSize(7).first().extracting(PirepView::id).isEqualTo(elsewhere);
    }
  }
}
