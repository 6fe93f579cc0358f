package dev.albatross.domain.readmodel;

import dev.albatross.domain.port.RecordedEvent;

/**
 * An event the read models took, with the row it left in them: a {@link TenantView},
 * {@link UserView} or {@link PirepView}, as the stream stood right after the event.
 */
public record Applied(RecordedEvent event, Object row) {}
