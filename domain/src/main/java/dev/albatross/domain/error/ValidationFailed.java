package dev.albatross.domain.error;

import java.util.List;

public final class ValidationFailed extends DomainException {
  private final List<FieldError> errors;

  public ValidationFailed(List<FieldError> errors) {
    super(Kind.VALIDATION, "validation", "The request has invalid fields.");
    this.errors = List.copyOf(errors);
  }

  public static ValidationFailed of(String field, String message) {
    return new ValidationFailed(List.of(new FieldError(field, message)));
  }

  @Override
  public List<FieldError> errors() {
    return errors;
  }
}
