package dev.albatross.adapter.journal;

import dev.albatross.security.Secrets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The directory a process without PostgreSQL keeps its state in: the journal's segments and the
 * key its tokens are signed with, so that tokens outlive a restart as the events do. Both hold
 * secrets (password hashes, the key), so what is created here is readable by its owner only.
 */
public final class DataDirectory {
  private static final String SIGNING_KEY = "jwt-secret";

  private final Path dir;

  private DataDirectory(Path dir) {
    this.dir = dir;
  }

  /** The directory at {@code dir}, created (owner-only) if missing. Blocking: call it at start-up. */
  public static DataDirectory at(Path dir) {
    try {
      if (!Files.isDirectory(dir)) {
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      }
      return new DataDirectory(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data directory " + dir, e);
    }
  }

  public Path path() {
    return dir;
  }

  /** The key kept in {@code jwt-secret}, made and written on the first call ever. Blocking. */
  public String signingKey() {
    Path file = dir.resolve(SIGNING_KEY);
    try {
      if (!Files.exists(file)) {
        write(file, Secrets.newSigningKey());
      }
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write the signing key in " + dir, e);
    }
  }

  /**
   * Writes the key beside the file and renames it into place, so that a crash leaves either no
   * key or a whole one; the file is created owner-only, never readable by others even briefly.
   */
  private void write(Path file, String key) throws IOException {
    Path draft = dir.resolve(SIGNING_KEY + ".new");
    Files.deleteIfExists(draft);
    try (FileChannel channel = FileChannel.open(draft, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))) {
      channel.write(ByteBuffer.wrap(key.getBytes(StandardCharsets.UTF_8)));
      channel.force(true);
    }
    Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE);
    try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
      directory.force(true);
    }
  }
}
