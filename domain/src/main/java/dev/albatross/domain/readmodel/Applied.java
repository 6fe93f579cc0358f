package dev.albatross.domain.readmodel;

import dev.albatross.domain.port.RecordedEvent;

/**
 * An event the read models took, with the row it changed as it left it: a {@link TenantView},
 * {@link UserView} or {@link PirepView}, as the stream stood right after the event, or the
 * {@link ApiKeyView} of an API-key event (whose hash a revocation's cache upkeep needs).
 */
public record Applied(RecordedEvent event, Object row) {}
