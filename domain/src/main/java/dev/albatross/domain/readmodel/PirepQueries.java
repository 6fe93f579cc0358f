package dev.albatross.domain.readmodel;

import dev.albatross.domain.readmodel.Filters.PirepFilter;
import io.vertx.core.Future;
import java.util.Optional;
import java.util.UUID;

public interface PirepQueries {
  Future<Optional<PirepView>> pirep(UUID id);

  Future<Page<PirepView>> pireps(PirepFilter filter, PageRequest page);
}
