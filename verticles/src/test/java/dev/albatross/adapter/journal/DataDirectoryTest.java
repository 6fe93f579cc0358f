package dev.albatross.adapter.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {
  @TempDir
  Path root;

  @Test
  @DisplayName("is created, owner-only, when missing")
  void created() throws IOException {
    Path dir = root.resolve("data").resolve("albatross");

    DataDirectory data = DataDirectory.at(dir);

    assertThat(data.path()).isDirectory();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
  }

  @Test
  @DisplayName("makes a signing key once and gives the same one afterwards, and after a restart")
  void signingKeyKept() {
    DataDirectory data = DataDirectory.at(root);

    String key = data.signingKey();

    assertThat(key).hasSizeGreaterThanOrEqualTo(40);
    assertThat(data.signingKey()).isEqualTo(key);
    assertThat(DataDirectory.at(root).signingKey()).isEqualTo(key);
    assertThat(DataDirectory.at(root.resolve("other")).signingKey()).isNotEqualTo(key);
  }

  @Test
  @DisplayName("keeps the signing key readable and writable by its owner only")
  void signingKeyOwnerOnly() throws IOException {
    DataDirectory.at(root).signingKey();

    Path file = root.resolve("jwt-secret");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    assertThat(root.resolve("jwt-secret.new")).doesNotExist();
  }
}
