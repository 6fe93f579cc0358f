package dev.albatross.domain.app;

import static dev.albatross.contract.Async.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.adapter.memory.InMemoryFlightReadModel;
import dev.albatross.adapter.memory.InMemoryReadModels;
import dev.albatross.contract.TestEvents;
import dev.albatross.domain.model.Role;
import dev.albatross.domain.model.StreamTypes;
import dev.albatross.domain.model.pirep.PirepAmendment;
import dev.albatross.domain.model.pirep.PirepEvent.PirepAmended;
import dev.albatross.domain.model.tenant.Rank;
import dev.albatross.domain.model.tenant.TenantEvent.RanksDefined;
import dev.albatross.domain.port.Notifier.Notification;
import dev.albatross.domain.port.Notifier.PilotStatsChanged;
import dev.albatross.domain.readmodel.PilotStats;
import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.domain.readmodel.ReadModels;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("PilotStatsChanged: which changes tell the airline, and what")
class PilotStatsNotificationsTest {
  private static final Instant T = TestEvents.T0;

  private final ReadModels models = ReadModels.of(new InMemoryReadModels(), new InMemoryFlightReadModel());
  private final List<Notification> sent = new ArrayList<>();
  private final PilotStatsNotifications notifications = new PilotStatsNotifications(
      new PilotCareers(models.careers(), models.users()), batch -> {
        sent.addAll(batch);
        return io.vertx.core.Future.succeededFuture();
      });
  private final UUID tenant = UUID.randomUUID();
  private final UUID pilot = UUID.randomUUID();
  private final UUID other = UUID.randomUUID();

  private void apply(RecordedEvent... events) {
    await(models.writer().applyNext(List.of(events)).compose(notifications::applied));
  }

  private List<PilotStats> told() {
    return sent.stream().map(n -> ((PilotStatsChanged) n).stats()).toList();
  }

  @Test
  @DisplayName("an accept tells the pilot's new stats; a submit, a reject and amending a PIREP that does not count do not")
  void onlyWhatChangesStats() {
    UUID accepted = UUID.randomUUID();
    UUID rejected = UUID.randomUUID();
    UUID submitted = UUID.randomUUID();
    apply(TestEvents.tenantCreated(tenant, "ALB", T), TestEvents.userRegistered(pilot, tenant, Role.PILOT, T),
        TestEvents.pirepSubmitted(accepted, tenant, pilot, T), TestEvents.pirepSubmitted(rejected, tenant, pilot, T),
        TestEvents.pirepSubmitted(submitted, tenant, pilot, T), TestEvents.pirepRejected(rejected, tenant, pilot, T));
    assertThat(sent).isEmpty();
    apply(amended(submitted, 2), amended(rejected, 3));
    assertThat(sent).isEmpty();

    apply(TestEvents.pirepAccepted(accepted, tenant, pilot, T));
    assertThat(told()).hasSize(1);
    assertThat(told().get(0).tenantId()).isEqualTo(tenant);
    assertThat(told().get(0).totals().flights()).isEqualTo(1);
    assertThat(told().get(0).totals().flightMinutes()).isEqualTo(75);

    apply(amended(accepted, 3));
    assertThat(told()).hasSize(2);
    assertThat(told().get(1).totals().flightMinutes()).isEqualTo(300);
  }

  @Test
  @DisplayName("new ranks tell every user of the airline, with their new rank, and no one of another airline")
  void newRanks() {
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    apply(TestEvents.tenantCreated(tenant, "ALB", T), TestEvents.userRegistered(pilot, tenant, Role.PILOT, T),
        TestEvents.userRegistered(other, tenant, Role.PILOT, T), TestEvents.pirepSubmitted(first, tenant, pilot, T),
        TestEvents.pirepSubmitted(second, tenant, other, T), TestEvents.pirepAccepted(first, tenant, pilot, T),
        TestEvents.pirepAccepted(second, tenant, other, T));
    UUID newcomer = UUID.randomUUID();
    UUID elsewhere = UUID.randomUUID();
    apply(TestEvents.userRegistered(newcomer, tenant, Role.PILOT, T),
        TestEvents.tenantCreated(elsewhere, "ELS", T),
        TestEvents.userRegistered(UUID.randomUUID(), elsewhere, Role.PILOT, T));
    sent.clear();

    apply(TestEvents.recorded(tenant, StreamTypes.TENANT, 2, tenant, T,
        new RanksDefined(List.of(new Rank("Cadet", 0), new Rank("Senior", 1)))));

    assertThat(told()).extracting(PilotStats::pilotId).containsExactlyInAnyOrder(pilot, other, newcomer);
    told().forEach(s -> assertThat(s.tenantId()).isEqualTo(tenant));
    told().forEach(s -> assertThat(s.rank().orElseThrow().name())
        .isEqualTo(s.pilotId().equals(newcomer) ? "Cadet" : "Senior"));
  }

  private RecordedEvent amended(UUID pirep, long version) {
    return TestEvents.recorded(pirep, StreamTypes.PIREP, version, tenant, T,
        new PirepAmended(UUID.randomUUID(), "fix", new PirepAmendment(300, null, null, null, null, null)));
  }
}
