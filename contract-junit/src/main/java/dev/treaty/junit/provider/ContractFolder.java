package dev.treaty.junit.provider;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Reads the contracts of a {@link TreatyProviderTest} from folders: every {@code *.json} file below
 * them (recursively, sorted by path) whose provider is the one under test.
 *
 * <pre>{@code
 * @ContractFolder("../order-consumer/target/contracts")
 * }</pre>
 *
 * <p>Relative paths are resolved against the working directory, which Maven's Surefire and IDEs
 * set to the module directory. A folder that does not exist fails the class; so does finding no
 * contract for the provider. Other contract sources (a broker) are separate annotations that can
 * be combined with this one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface ContractFolder {

  /** The folders to read, relative to the module directory or absolute. */
  String[] value();
}
