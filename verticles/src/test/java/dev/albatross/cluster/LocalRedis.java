package dev.albatross.cluster;

import java.util.concurrent.TimeUnit;

/**
 * Restarts the Redis server of this machine, as an operator or a crash would: SHUTDOWN, then the
 * same start command the machine uses. Only for the local test service on 127.0.0.1:6379.
 */
public final class LocalRedis {
  private static final String[] START = {"redis-server", "--daemonize", "yes", "--bind", "127.0.0.1", "-::1",
      "--port", "6379", "--save", "", "--appendonly", "no", "--dir", "/var/lib/redis",
      "--logfile", "/var/log/redis/ci.log"};

  private LocalRedis() {}

  /** Stops Redis, runs {@code whileDown}, and starts it again whatever happened. */
  public static void restart(Runnable whileDown) throws Exception {
    run("redis-cli", "-h", "127.0.0.1", "-p", "6379", "shutdown", "nosave");
    try {
      Thread.sleep(1500);
      whileDown.run();
    } finally {
      run(START);
      for (int i = 0; i < 50 && !answers(); i++) {
        Thread.sleep(100);
      }
    }
  }

  private static boolean answers() throws Exception {
    Process p = new ProcessBuilder("redis-cli", "-h", "127.0.0.1", "-p", "6379", "ping").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    return p.waitFor(5, TimeUnit.SECONDS) && out.contains("PONG");
  }

  private static void run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    p.waitFor(10, TimeUnit.SECONDS);
  }
}
