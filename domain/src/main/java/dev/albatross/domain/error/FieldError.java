package dev.albatross.domain.error;

public record FieldError(String field, String message) {}
