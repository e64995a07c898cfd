package dev.treaty.broker.internal.store;

import java.time.Instant;

/** A stored pacticipant (consumer or provider application) with its editable metadata. */
public record Pacticipant(
    long id,
    String name,
    String displayName,
    String mainBranch,
    String repositoryUrl,
    String team,
    String runbookUrl,
    String docsUrl,
    Instant createdAt,
    Instant updatedAt) {

  /** The editable metadata of a pacticipant, as PUT/PATCH set it (null means unset). */
  public record Metadata(
      String displayName, String mainBranch, String repositoryUrl, String team, String runbookUrl, String docsUrl) {
    public static final Metadata EMPTY = new Metadata(null, null, null, null, null, null);
  }

  public Metadata metadata() {
    return new Metadata(displayName, mainBranch, repositoryUrl, team, runbookUrl, docsUrl);
  }
}
