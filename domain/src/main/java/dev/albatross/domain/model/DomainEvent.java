package dev.albatross.domain.model;

/** A fact that happened, named in the past tense. Each aggregate seals its own family. */
public interface DomainEvent {}
