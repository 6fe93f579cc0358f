package dev.albatross.security;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id with OWASP's parameters (m=19 MiB, t=2, p=1), stored in the PHC string format.
 * Hashing costs tens of milliseconds of CPU: it always runs on a worker thread.
 */
public final class PasswordHasher {
  private static final int MEMORY_KIB = 19 * 1024;
  private static final int ITERATIONS = 2;
  private static final int PARALLELISM = 1;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getDecoder();

  private final WorkerExecutor workers;
  private final SecureRandom random = new SecureRandom();

  /** Hashes run on a pool of one thread per core: each takes 19 MiB, so more at once buys nothing. */
  public PasswordHasher(Vertx vertx) {
    this.workers = vertx.createSharedWorkerExecutor("argon2", Runtime.getRuntime().availableProcessors());
  }

  public Future<String> hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    return workers.executeBlocking(() -> encode(salt, argon2(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM)), false);
  }

  /** False for a wrong password and for a hash this class did not write. */
  public Future<Boolean> verify(String password, String phc) {
    return workers.executeBlocking(() -> matches(password, phc), false);
  }

  private static boolean matches(String password, String phc) {
    String[] parts = phc.split("\\$");
    if (parts.length != 6 || !"argon2id".equals(parts[1])) {
      return false;
    }
    int m = 0;
    int t = 0;
    int p = 0;
    for (String param : parts[3].split(",")) {
      String[] kv = param.split("=");
      int value = Integer.parseInt(kv[1]);
      switch (kv[0]) {
        case "m" -> m = value;
        case "t" -> t = value;
        case "p" -> p = value;
        default -> { }
      }
    }
    byte[] salt = B64D.decode(parts[4]);
    byte[] expected = B64D.decode(parts[5]);
    return MessageDigest.isEqual(expected, argon2(password, salt, m, t, p));
  }

  private static byte[] argon2(String password, byte[] salt, int memoryKib, int iterations, int parallelism) {
    Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
        .withVersion(Argon2Parameters.ARGON2_VERSION_13)
        .withMemoryAsKB(memoryKib)
        .withIterations(iterations)
        .withParallelism(parallelism)
        .withSalt(salt)
        .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(params);
    byte[] hash = new byte[HASH_BYTES];
    generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), hash);
    return hash;
  }

  private static String encode(byte[] salt, byte[] hash) {
    return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$"
        + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
  }
}
