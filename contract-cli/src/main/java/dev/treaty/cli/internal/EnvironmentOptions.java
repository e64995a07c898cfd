package dev.treaty.cli.internal;

import dev.treaty.broker.client.Environment;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * What create-environment and update-environment set, with the Ruby {@code pact-broker} CLI's
 * option names; an option not given keeps the value of {@code base}.
 */
public final class EnvironmentOptions {
  @Option(names = "--display-name", paramLabel = "NAME", description = "The environment's name for people.")
  private String displayName;

  @Option(names = "--production", negatable = true, description = "Whether it is a production environment"
      + " (--no-production: it is not; default: not).")
  private Boolean production;

  @Option(names = "--contact-name", paramLabel = "NAME", description = "The team or person responsible for it.")
  private String contactName;

  @Option(names = "--contact-email-address", paramLabel = "EMAIL", description = "Their email address.")
  private String contactEmail;

  /** The environment called {@code name} with these options applied over {@code base} (null for a new one). */
  public Environment apply(String name, Environment base) {
    List<Environment.Contact> contacts = base == null ? List.of() : base.contacts();
    if (contactName != null || contactEmail != null) {
      contacts = List.of(new Environment.Contact(contactName, contactEmail));
    }
    return new Environment(base == null ? null : base.uuid(), name,
        displayName != null ? displayName : base == null ? null : base.displayName(),
        production != null ? production : base != null && base.production(), contacts);
  }

  /** {@code heading} and the environment as lines, or with {@code --output json} the environment as the broker sent it. */
  public static void print(String heading, Environment environment, PrintWriter out, OutputOption output) {
    if (output.json()) {
      out.println(environment.json());
      return;
    }
    out.println(heading);
    print(environment, out);
  }

  /** An environment as lines of {@code field: value}. */
  private static void print(Environment environment, PrintWriter out) {
    out.println("  uuid:         " + environment.uuid());
    out.println("  name:         " + environment.name());
    out.println("  display name: " + (environment.displayName() == null ? "(none)" : environment.displayName()));
    out.println("  production:   " + environment.production());
    for (Environment.Contact contact : environment.contacts()) {
      out.println("  contact:      " + (contact.name() == null ? "" : contact.name())
          + (contact.emailAddress() == null ? "" : " <" + contact.emailAddress() + ">"));
    }
  }
}
