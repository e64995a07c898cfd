package dev.treaty.cli.internal;

import dev.treaty.json.PactReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Turns the files and directories given on the command line into the pact files to check. */
public final class PactFiles {
  private PactFiles() {}

  /**
   * The files in {@code paths}, with each directory replaced by its {@code *.json} files (searched
   * recursively, sorted). A path that does not exist, or a directory without {@code *.json} files,
   * is a usage error: a typo must not pass as "nothing to check".
   */
  public static List<Path> collect(List<Path> paths, CommandLine commandLine) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new ParameterException(commandLine, "path does not exist: " + path
            + "; check the spelling, or pass a pact file or a directory of pact files");
      }
      if (Files.isDirectory(path)) {
        List<Path> found = jsonFilesUnder(path);
        if (found.isEmpty()) {
          throw new ParameterException(commandLine, "no *.json files in directory: " + path
              + "; pass a directory that holds pact files");
        }
        files.addAll(found);
      } else {
        files.add(path);
      }
    }
    return files;
  }

  private static List<Path> jsonFilesUnder(Path directory) {
    try {
      return PactReader.pactFilesIn(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + directory, e);
    }
  }
}
