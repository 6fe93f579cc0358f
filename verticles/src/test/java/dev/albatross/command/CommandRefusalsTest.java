package dev.albatross.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.albatross.bus.Addresses;
import dev.albatross.domain.app.Actor;
import dev.albatross.domain.error.ConcurrencyConflict;
import dev.albatross.domain.error.Conflict;
import dev.albatross.domain.error.DomainException;
import dev.albatross.domain.error.DuplicateEvent;
import dev.albatross.domain.error.FieldError;
import dev.albatross.domain.error.Forbidden;
import dev.albatross.domain.error.NotFound;
import dev.albatross.domain.error.RateLimited;
import dev.albatross.domain.error.ServiceUnavailable;
import dev.albatross.domain.error.StaleRead;
import dev.albatross.domain.error.Unauthorized;
import dev.albatross.domain.error.ValidationFailed;
import dev.albatross.domain.model.Role;
import dev.albatross.domain.model.pirep.PirepCommand.AcceptPirep;
import dev.albatross.domain.model.pirep.PirepNotSubmitted;
import dev.albatross.domain.model.pirep.PirepStatus;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A command's refusal crosses the event bus")
class CommandRefusalsTest {
  private final Actor actor = new Actor(UUID.randomUUID(), Role.TENANT_ADMIN, UUID.randomUUID());
  private Vertx vertx;
  private CommandBus bus;

  @BeforeEach
  void start() {
    vertx = Vertx.vertx();
    bus = new CommandBus(vertx, Clock.systemUTC());
  }

  @AfterEach
  void stop() throws Exception {
    vertx.close().await(5, TimeUnit.SECONDS);
  }

  /** What the sender of a command gets back when the command side answers it with {@code answer}. */
  private Throwable sendAnswered(Consumer<Message<Object>> answer) throws Exception {
    MessageConsumer<Object> consumer = vertx.eventBus().consumer(Addresses.COMMANDS, answer::accept);
    consumer.completion().await(5, TimeUnit.SECONDS);
    try {
      Throwable failure = catchThrowable(() -> bus.send(actor, UUID.randomUUID(),
          new AcceptPirep(UUID.randomUUID(), actor.userId(), actor.tenantId())).await(5, TimeUnit.SECONDS));
      return failure instanceof CompletionException wrapped ? wrapped.getCause() : failure;
    } finally {
      consumer.unregister().await(5, TimeUnit.SECONDS);
    }
  }

  private <T extends DomainException> T refusedWith(T refusal) throws Exception {
    Throwable received = sendAnswered(message -> CommandFailures.refuse(message, refusal));
    assertThat(received).isExactlyInstanceOf(refusal.getClass());
    @SuppressWarnings("unchecked")
    T same = (T) received;
    assertThat(same.kind()).isEqualTo(refusal.kind());
    assertThat(same.type()).isEqualTo(refusal.type());
    assertThat(same.detail()).isEqualTo(refusal.detail());
    assertThat(same.errors()).isEqualTo(refusal.errors());
    return same;
  }

  @Test
  @DisplayName("as itself, whatever its kind, with its type and detail")
  void everyKind() throws Exception {
    List<DomainException> refusals = List.of(
        new Unauthorized("Sign in."),
        new Forbidden("Not yours."),
        Forbidden.passwordChangeRequired(),
        new NotFound("PIREP not found."),
        new Conflict("This e-mail address is taken."),
        new ServiceUnavailable("Try again."),
        new StaleRead("Not there yet."));
    for (DomainException refusal : refusals) {
      refusedWith(refusal);
    }
  }

  @Test
  @DisplayName("the conflicts keep their own types: a lost race, a repeated event, a PIREP already reviewed")
  void conflicts() throws Exception {
    UUID eventId = UUID.randomUUID();
    assertThat(refusedWith(new ConcurrencyConflict(UUID.randomUUID())).type()).isEqualTo("concurrent-modification");
    assertThat(refusedWith(new DuplicateEvent(eventId)).eventId()).isEqualTo(eventId);
    assertThat(refusedWith(new PirepNotSubmitted(PirepStatus.ACCEPTED)).type()).isEqualTo("pirep-not-submitted");
  }

  @Test
  @DisplayName("with its data: the bad fields of a validation, the pause of a rate limit")
  void data() throws Exception {
    List<FieldError> errors = List.of(new FieldError("departure", "unknown airport"),
        new FieldError("flightTimeMinutes", "must be between 1 and 1440"));
    assertThat(refusedWith(new ValidationFailed(errors)).errors()).isEqualTo(errors);
    assertThat(refusedWith(new RateLimited("Slow down.", Duration.ofSeconds(42))).retryAfter())
        .isEqualTo(Duration.ofSeconds(42));
  }

  @Test
  @DisplayName("an unexpected failure stays unexpected, and a command nobody answers is a 503")
  void otherFailures() throws Exception {
    Throwable unexpected = sendAnswered(message -> message.fail(CommandFailures.UNEXPECTED, "unexpected failure"));
    assertThat(unexpected).isInstanceOf(IllegalStateException.class).isNotInstanceOf(DomainException.class);

    Throwable unanswered = catchThrowable(() -> bus.send(actor, UUID.randomUUID(),
        new AcceptPirep(UUID.randomUUID(), actor.userId(), actor.tenantId())).await(5, TimeUnit.SECONDS));
    assertThat(unanswered instanceof CompletionException c ? c.getCause() : unanswered)
        .isInstanceOf(ServiceUnavailable.class);
  }
}
