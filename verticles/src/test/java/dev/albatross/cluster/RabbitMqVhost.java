package dev.albatross.cluster;

import dev.albatross.adapter.TestContainers;
import dev.albatross.adapter.TestServices;
import java.net.URI;
import java.util.concurrent.TimeUnit;

/**
 * A RabbitMQ virtual host of its own for one test class, so its exchange and queues are the
 * defaults the processes declare without meeting another run's. Made with {@code rabbitmqctl}
 * (inside the RabbitMQ container when the tests run on one).
 */
public final class RabbitMqVhost implements AutoCloseable {
  private final String name = TestServices.uniqueName("albatross_it");

  public RabbitMqVhost() throws Exception {
    ctl("add_vhost", name);
    ctl("set_permissions", "-p", name, user(), ".*", ".*", ".*");
  }

  /** The broker URL of ALBATROSS_TEST_RABBITMQ_URL, on this virtual host. */
  public String url() {
    return TestServices.rabbitMqUrl().replaceFirst("/[^/]*$", "/" + name);
  }

  private static String user() {
    String info = URI.create(TestServices.rabbitMqUrl()).getUserInfo();
    return info == null ? "guest" : info.split(":")[0];
  }

  /** Closes every client connection to this virtual host, as a broker restart or a network cut would. */
  public void closeConnections() throws Exception {
    ctl("close_all_connections", "--vhost", name, "closed by a fault test");
  }

  @Override
  public void close() throws Exception {
    ctl("delete_vhost", name);
  }

  private static void ctl(String... args) throws Exception {
    String[] command = new String[args.length + 1];
    command[0] = "rabbitmqctl";
    System.arraycopy(args, 0, command, 1, args.length);
    var container = TestContainers.rabbitMq();
    if (container.isPresent()) {
      var result = container.get().execInContainer(command);
      if (result.getExitCode() != 0) {
        throw new IllegalStateException("rabbitmqctl " + String.join(" ", args) + " failed: " + result.getStderr());
      }
      return;
    }
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("rabbitmqctl " + String.join(" ", args) + " failed: " + output);
    }
  }
}
