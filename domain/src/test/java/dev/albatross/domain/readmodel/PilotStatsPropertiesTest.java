package dev.albatross.domain.readmodel;

import static dev.albatross.contract.Async.await;

import dev.albatross.adapter.memory.InMemoryFlightReadModel;
import dev.albatross.adapter.memory.InMemoryReadModels;
import dev.albatross.contract.CareerScript;
import dev.albatross.contract.PilotStatsContract;
import dev.albatross.domain.app.ProjectionRebuild;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

@Label("Pilot stats, for any history")
class PilotStatsPropertiesTest {

  @Property(tries = 200)
  @Label("any interleaving of submits, accepts, rejects, amendments and ranks, delivered in any batches, twice,"
      + " gives every pilot the stats a recomputation from the events gives, and so does a rebuild")
  void statsEqualRecomputation(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 3) int tenants,
      @ForAll @IntRange(min = 1, max = 4) int pilotsPerTenant,
      @ForAll @IntRange(min = 0, max = 40) int pireps,
      @ForAll @IntRange(min = 1, max = 9) int rebuildBatch) {
    CareerScript script = CareerScript.random(seed, tenants, pilotsPerTenant, pireps);
    ReadModels live = ReadModels.of(new InMemoryReadModels(), new InMemoryFlightReadModel());
    PilotStatsContract.applyInBatches(live, script.events(), new Random(seed ^ 0x5DEECE66DL));
    PilotStatsContract.assertMatches(live, script);

    ReadModels rebuilt = ReadModels.of(new InMemoryReadModels(), new InMemoryFlightReadModel());
    await(new ProjectionRebuild(script.store(), rebuilt.writer(), rebuildBatch).run(count -> {}));
    PilotStatsContract.assertMatches(rebuilt, script);
  }
}
