package dev.albatross.domain.model.flight;

/**
 * What a pilot declares when starting a flight, checked at the edge by the PIREP input's rules;
 * {@code route} is null when not given, {@code client} names the ACARS program.
 */
public record FlightPlan(
    String flightNumber, String departure, String arrival, String aircraftType, String route, String client) {}
