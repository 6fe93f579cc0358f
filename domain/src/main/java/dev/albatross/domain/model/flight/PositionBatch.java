package dev.albatross.domain.model.flight;

import dev.albatross.domain.error.FieldError;
import dev.albatross.domain.error.ValidationFailed;
import java.util.ArrayList;
import java.util.List;

/** A batch of positions from one request: accepted whole or refused whole. */
public final class PositionBatch {
  public static final int MAX_SIZE = 500;

  private PositionBatch() {}

  /**
   * The batch as positions, in the order sent; or {@link ValidationFailed} listing every bad field
   * as {@code positions[i].<field>}, so a client fixes all of them at once and none is stored.
   */
  public static List<Position> validate(List<PositionInput> inputs) {
    if (inputs == null || inputs.isEmpty() || inputs.size() > MAX_SIZE) {
      throw ValidationFailed.of("positions", "must hold 1 to " + MAX_SIZE + " positions");
    }
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      PositionInput input = inputs.get(i);
      String prefix = "positions[" + i + "]";
      if (input == null) {
        errors.add(new FieldError(prefix, "is required"));
      } else {
        errors.addAll(input.errors(prefix + "."));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationFailed(errors);
    }
    return inputs.stream().map(PositionInput::toPosition).toList();
  }
}
