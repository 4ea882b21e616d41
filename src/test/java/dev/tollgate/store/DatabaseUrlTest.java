package dev.tollgate.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

  @Test
  void a_libpq_url_becomes_a_jdbc_url_and_its_password_never_prints() {
    DatabaseUrl u = DatabaseUrl.parse("postgres://tollgate:s3cr%40t@db.internal:5432/tollgate?sslmode=require");
    assertThat(u.jdbc()).isEqualTo("jdbc:postgresql://db.internal:5432/tollgate?sslmode=require&user=tollgate&password=s3cr%40t");
    assertThat(u.masked()).isEqualTo("jdbc:postgresql://db.internal:5432/tollgate?sslmode=require&user=tollgate&password=****");
    assertThat(u.toString()).doesNotContain("s3cr");
    assertThat(u.dialect()).isEqualTo(Dialect.POSTGRESQL);
  }

  @Test
  void a_jdbc_url_keeps_its_form_and_hides_its_password_parameter() {
    DatabaseUrl u = DatabaseUrl.parse("jdbc:postgresql://h/db?user=a&password=xyz&ssl=true");
    assertThat(u.masked()).isEqualTo("jdbc:postgresql://h/db?user=a&password=****&ssl=true");
    assertThatThrownBy(() -> DatabaseUrl.parse("jdbc:mysql://h/db")).hasMessageContaining("unsupported database URL");
  }

  @Test
  void sqlite_gets_the_queues_settings_unless_the_url_sets_them() {
    assertThat(Database.withSqliteDefaults("jdbc:sqlite:/d/t.db")).isEqualTo("jdbc:sqlite:/d/t.db?journal_mode=WAL"
        + "&synchronous=NORMAL&wal_autocheckpoint=0&busy_timeout=30000&transaction_mode=IMMEDIATE&foreign_keys=true");
    assertThat(Database.withSqliteDefaults("jdbc:sqlite:/d/t.db?synchronous=FULL")).isEqualTo("jdbc:sqlite:/d/t.db?synchronous=FULL"
        + "&journal_mode=WAL&wal_autocheckpoint=0&busy_timeout=30000&transaction_mode=IMMEDIATE&foreign_keys=true");
  }
}
