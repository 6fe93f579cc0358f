package dev.albatross.adapter;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A resource of its own for one test class (a database, a virtual host, a key prefix), opened
 * before its first test and closed after its last:
 * {@code @RegisterExtension static final ClassResource<PgTestDatabase> DATABASE = ClassResource.of(PgTestDatabase::migrated);}.
 * The {@code @Nested} classes of the test class share it.
 */
public final class ClassResource<T extends AutoCloseable> implements BeforeAllCallback, AfterAllCallback {

  /** Opens the resource. */
  @FunctionalInterface
  public interface Opener<T> {
    T open() throws Exception;
  }

  private final Opener<T> opener;
  private T resource;

  private ClassResource(Opener<T> opener) {
    this.opener = opener;
  }

  public static <T extends AutoCloseable> ClassResource<T> of(Opener<T> opener) {
    return new ClassResource<>(opener);
  }

  /** The open resource. */
  public T get() {
    if (resource == null) {
      throw new IllegalStateException("the resource is open only while its test class runs");
    }
    return resource;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    if (!nested(context)) {
      resource = opener.open();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    if (!nested(context) && resource != null) {
      T open = resource;
      resource = null;
      open.close();
    }
  }

  private static boolean nested(ExtensionContext context) {
    return context.getRequiredTestClass().isAnnotationPresent(Nested.class);
  }
}
