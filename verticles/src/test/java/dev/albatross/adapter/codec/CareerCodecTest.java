package dev.albatross.adapter.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.domain.app.Actor;
import dev.albatross.domain.app.CommandContext;
import dev.albatross.domain.model.Role;
import dev.albatross.domain.model.pirep.PirepAmendment;
import dev.albatross.domain.model.pirep.PirepCommand.AmendPirep;
import dev.albatross.domain.model.pirep.PirepEvent.PirepAmended;
import dev.albatross.domain.model.tenant.Rank;
import dev.albatross.domain.model.tenant.TenantCommand.DefineRanks;
import dev.albatross.domain.model.tenant.TenantEvent.RanksDefined;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Pilot careers in protobuf")
class CareerCodecTest {
  private final UUID admin = UUID.randomUUID();
  private final UUID tenant = UUID.randomUUID();
  private final CommandContext ctx = new CommandContext(UUID.randomUUID(), new Actor(admin, Role.TENANT_ADMIN, tenant),
      Instant.parse("2026-11-26T21:00:00Z"), UUID.randomUUID());

  @Test
  @DisplayName("an amendment keeps which fields it names, zeroes and empty strings included, and which it leaves out")
  void amendment() {
    PirepAmendment some = new PirepAmendment(null, 0, null, 0, "", null);
    PirepAmendment all = new PirepAmendment(1440, 500_000, 20_000, -5000, "DCT", "notes");
    for (PirepAmendment changes : List.of(some, all)) {
      PirepAmended event = new PirepAmended(admin, "reason", changes);
      assertThat(EventCodec.decodePayload(EventCodec.encodePayload(event))).isEqualTo(event);
      AmendPirep command = new AmendPirep(UUID.randomUUID(), admin, tenant, "reason", changes);
      assertThat(CommandCodec.decode(CommandCodec.encode(ctx, command)).command()).isEqualTo(command);
    }
  }

  @Test
  @DisplayName("ranks keep their order, names and hours")
  void ranks() {
    List<Rank> ranks = List.of(new Rank("Cadet", 0), new Rank("First Officer", 150), new Rank("Captain", 100_000));
    RanksDefined event = new RanksDefined(ranks);
    assertThat(EventCodec.decodePayload(EventCodec.encodePayload(event))).isEqualTo(event);
    DefineRanks command = new DefineRanks(tenant, ranks);
    assertThat(CommandCodec.decode(CommandCodec.encode(ctx, command)).command()).isEqualTo(command);
  }
}
