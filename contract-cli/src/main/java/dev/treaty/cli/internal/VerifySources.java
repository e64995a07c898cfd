package dev.treaty.cli.internal;

import dev.treaty.verify.ContractSource;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Turns {@code treaty verify}'s arguments into contract sources: files, directories and URLs. */
public final class VerifySources {
  private VerifySources() {}

  /** A source per argument; a path that does not exist or a malformed URL is a usage error. */
  public static List<ContractSource> of(List<String> arguments, CommandLine commandLine) {
    List<ContractSource> sources = new ArrayList<>();
    for (String argument : arguments) {
      String lower = argument.toLowerCase(Locale.ROOT);
      if (lower.startsWith("http://") || lower.startsWith("https://")) {
        sources.add(ContractSource.url(url(argument, commandLine)));
        continue;
      }
      Path path = Path.of(argument);
      if (!Files.exists(path)) {
        throw new ParameterException(commandLine, "path does not exist: " + path
            + "; check the spelling, or pass a pact file, a directory of pact files or a URL");
      }
      sources.add(Files.isDirectory(path) ? ContractSource.directory(path) : ContractSource.file(path));
    }
    return sources;
  }

  /** {@code scheme://host[:port]} of a pact URL: the broker to authenticate to when no broker URL is given. */
  public static String origin(String pactUrl, CommandLine commandLine) {
    URI uri = url(pactUrl, commandLine);
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }

  private static URI url(String argument, CommandLine commandLine) {
    try {
      URI uri = URI.create(argument);
      if (uri.getHost() == null) {
        throw new IllegalArgumentException("it has no host");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new ParameterException(commandLine, "contract URL is not valid: " + argument + " (" + e.getMessage()
          + "); write it like https://broker.example.com/pacts/provider/p/consumer/c/latest");
    }
  }
}
