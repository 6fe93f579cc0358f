package dev.albatross.cluster;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Stops and starts this machine's RabbitMQ and PostgreSQL, as an operator or a crash would. */
public final class LocalServices {
  private LocalServices() {}

  /** {@code rabbitmqctl stop_app} or {@code start_app}; start waits until the broker runs. */
  public static void rabbitMq(String action) throws Exception {
    run("rabbitmqctl", action);
    if ("start_app".equals(action)) {
      run("rabbitmqctl", "await_startup");
    }
  }

  /** {@code pg_ctlcluster <version> main <action> [options]} on the newest installed cluster. */
  public static void postgres(String action, String... options) throws Exception {
    String[] versions = new File("/etc/postgresql").list();
    Arrays.sort(versions);
    List<String> command = new ArrayList<>(List.of("pg_ctlcluster", "--skip-systemctl-redirect",
        versions[versions.length - 1], "main", action));
    command.addAll(List.of(options));
    run(command.toArray(String[]::new));
  }

  private static void run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
    }
  }
}
