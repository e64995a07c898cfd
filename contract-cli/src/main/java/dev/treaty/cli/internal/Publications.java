package dev.treaty.cli.internal;

import dev.treaty.broker.client.ContractPublication;
import dev.treaty.contract.Contract;
import dev.treaty.json.ContractParseException;
import dev.treaty.json.PactReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Groups pact files into one publication per consumer, reading the names from each file. */
public final class Publications {
  private Publications() {}

  /** A pact file that does not parse; the message names the file and says how to find every problem. */
  public static final class InvalidPactException extends RuntimeException {
    InvalidPactException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * One publication per consumer, in the order the consumers first appear; two files for the same
   * consumer and provider are a usage error.
   */
  public static List<ContractPublication> group(List<Path> files, String version, String branch, List<String> tags,
      String buildUrl, CommandLine commandLine) {
    Map<String, Map<String, Path>> byConsumer = new LinkedHashMap<>();
    Map<Path, String> texts = new LinkedHashMap<>();
    for (Path file : files) {
      String text = read(file);
      Contract contract;
      try {
        contract = PactReader.read(text, file.toString());
      } catch (ContractParseException e) {
        throw new InvalidPactException(file + " is not a valid pact: " + e.getMessage()
            + "; run 'treaty validate " + file + "' to see every problem", e);
      }
      Path earlier = byConsumer.computeIfAbsent(contract.consumer(), c -> new LinkedHashMap<>())
          .putIfAbsent(contract.provider(), file);
      if (earlier != null) {
        throw new ParameterException(commandLine, "two pact files between " + contract.consumer() + " and "
            + contract.provider() + ": " + earlier + " and " + file + "; publish one of them");
      }
      texts.put(file, text);
    }
    List<ContractPublication> publications = new ArrayList<>();
    byConsumer.forEach((consumer, providers) -> {
      List<ContractPublication.Pact> pacts = new ArrayList<>();
      providers.forEach((provider, file) -> pacts.add(new ContractPublication.Pact(provider, texts.get(file))));
      publications.add(new ContractPublication(consumer, version, branch, tags, buildUrl, pacts));
    });
    return publications;
  }

  /** {@code  (branch main, tags dev, qa)}, or an empty string without branch and tags. */
  public static String labels(ContractPublication publication) {
    List<String> parts = new ArrayList<>();
    if (publication.branch() != null) {
      parts.add("branch " + publication.branch());
    }
    if (!publication.tags().isEmpty()) {
      parts.add((publication.tags().size() == 1 ? "tag " : "tags ") + String.join(", ", publication.tags()));
    }
    return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
