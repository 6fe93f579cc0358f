package dev.albatross.security;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** API keys and generated passwords: random, base62, and for keys only a SHA-256 hash kept. */
public final class Secrets {
  public static final String API_KEY_PREFIX = "alb_";
  private static final char[] BASE62 =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private Secrets() {}

  /** {@code alb_} and 32 random bytes in base62 (43 characters). */
  public static String newApiKey() {
    return API_KEY_PREFIX + base62(32);
  }

  /** What the key list shows of a key: enough to recognise it, too little to use it. */
  public static String displayPrefix(String key) {
    return key.substring(0, API_KEY_PREFIX.length() + 6);
  }

  public static String newPassword() {
    return base62(18);
  }

  /** A signing key for a single process's tokens, when none is configured. */
  public static String newSigningKey() {
    return base62(32);
  }

  public static String sha256Hex(String value) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }

  /** {@code bytes} random bytes written as a base62 number, so every bit of entropy is kept. */
  private static String base62(int bytes) {
    byte[] raw = new byte[bytes];
    RANDOM.nextBytes(raw);
    BigInteger n = new BigInteger(1, raw);
    int length = (int) Math.ceil(bytes * 8 / (Math.log(62) / Math.log(2)));
    char[] out = new char[length];
    BigInteger base = BigInteger.valueOf(62);
    for (int i = length - 1; i >= 0; i--) {
      BigInteger[] qr = n.divideAndRemainder(base);
      out[i] = BASE62[qr[1].intValue()];
      n = qr[0];
    }
    return new String(out);
  }
}
