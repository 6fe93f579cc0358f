package dev.albatross.domain.readmodel;

import dev.albatross.domain.readmodel.Filters.UserFilter;
import io.vertx.core.Future;
import java.util.Optional;
import java.util.UUID;

public interface UserQueries {
  Future<Optional<UserView>> user(UUID id);

  Future<Page<UserView>> users(UserFilter filter, PageRequest page);
}
