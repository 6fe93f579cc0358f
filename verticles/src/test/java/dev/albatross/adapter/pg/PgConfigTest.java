package dev.albatross.adapter.pg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.pgclient.PgConnectOptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PgConfigTest {

  @Test
  @DisplayName("reads user, password, host, port and database from the URL")
  void parses() {
    PgConnectOptions options = PgConfig.connectOptions("postgresql://albatross:s3cret@db.internal:6543/albatross");

    assertThat(options.getUser()).isEqualTo("albatross");
    assertThat(options.getPassword()).isEqualTo("s3cret");
    assertThat(options.getHost()).isEqualTo("db.internal");
    assertThat(options.getPort()).isEqualTo(6543);
    assertThat(options.getDatabase()).isEqualTo("albatross");
    assertThat(PgConfig.jdbcUrl(options)).isEqualTo("jdbc:postgresql://db.internal:6543/albatross");
  }

  @Test
  @DisplayName("masks the password wherever the URL is shown")
  void redacts() {
    assertThat(PgConfig.redacted("postgresql://albatross:s3cret@db:5432/albatross"))
        .isEqualTo("postgresql://albatross:***@db:5432/albatross");
    assertThat(PgConfig.redacted("postgresql://postgres@db:5432/test")).isEqualTo("postgresql://postgres@db:5432/test");
    assertThatThrownBy(() -> PgConfig.connectOptions("postgresql://albatross:s3cret@db:notaport/albatross"))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret").contains("***"));
  }
}
