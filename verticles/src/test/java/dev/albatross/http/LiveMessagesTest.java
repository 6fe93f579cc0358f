package dev.albatross.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.bus.Addresses;
import dev.albatross.contract.TestEvents;
import dev.albatross.domain.app.LiveNotifications;
import dev.albatross.domain.model.Role;
import dev.albatross.domain.port.FeedPosition;
import dev.albatross.domain.port.Notifier.Notification;
import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.domain.readmodel.Applied;
import dev.albatross.domain.readmodel.PirepView;
import dev.albatross.domain.readmodel.Projections;
import dev.albatross.domain.readmodel.TenantView;
import dev.albatross.domain.readmodel.UserView;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Live notifications as the gateways receive them")
class LiveMessagesTest {
  private final UUID tenantId = UUID.randomUUID();
  private final Instant at = Instant.parse("2026-11-27T03:00:00Z");
  private final List<Notification> told = new CopyOnWriteArrayList<>();
  private final LiveNotifications live = new LiveNotifications(notifications -> {
    told.addAll(notifications);
    return Future.succeededFuture();
  });

  private JsonObject only(Applied change) {
    told.clear();
    live.applied(List.of(change));
    assertThat(told).hasSize(1);
    return LiveMessages.encode(told.get(0));
  }

  @Test
  @DisplayName("a PIREP's change goes to its airline's PIREP address, with its type and the row as the API shows it")
  void pirep() {
    RecordedEvent submitted = TestEvents.pirepSubmitted(UUID.randomUUID(), tenantId, UUID.randomUUID(), at);
    PirepView pirep = Projections.pirep(List.of(submitted));

    JsonObject message = only(new Applied(submitted, pirep));

    assertThat(message.getString("address")).isEqualTo(Addresses.tenantPireps(tenantId));
    assertThat(message.getJsonObject("body")).isEqualTo(
        new JsonObject().put("type", "PirepSubmitted").put("pirep", Representations.pirep(pirep)));
  }

  @Test
  @DisplayName("a new user goes to the airline's user address, a new airline to the platform admins")
  void userAndTenant() {
    RecordedEvent registered = TestEvents.userRegistered(UUID.randomUUID(), tenantId, Role.PILOT, at);
    UserView user = Projections.user(List.of(registered));
    RecordedEvent created = TestEvents.tenantCreated(tenantId, "ALB", at);
    TenantView tenant = Projections.tenant(created);

    JsonObject joined = only(new Applied(registered, user));
    JsonObject added = only(new Applied(created, tenant));

    assertThat(joined.getString("address")).isEqualTo(Addresses.tenantUsers(tenantId));
    assertThat(joined.getJsonObject("body"))
        .isEqualTo(new JsonObject().put("type", "UserRegistered").put("user", Representations.user(user)));
    assertThat(added.getString("address")).isEqualTo(Addresses.PLATFORM_TENANTS);
    assertThat(added.getJsonObject("body"))
        .isEqualTo(new JsonObject().put("type", "TenantCreated").put("tenant", Representations.tenant(tenant)));
  }

  @Test
  @DisplayName("how far the projections got travels to the gateways and reads back as the same position")
  void reached() {
    FeedPosition position = new FeedPosition(41, 42);
    told.clear();
    live.reached(position);

    JsonObject message = LiveMessages.encode(told.get(0));

    assertThat(message.getString("address")).isEqualTo(Addresses.PROJECTED);
    assertThat(LiveMessages.reached(message.getJsonObject("body"))).isEqualTo(position);
  }
}
