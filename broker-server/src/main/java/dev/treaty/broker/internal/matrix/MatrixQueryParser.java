package dev.treaty.broker.internal.matrix;

import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.api.StoredTimes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code GET /matrix} and {@code GET /can-i-deploy} query strings (Pact Broker API §3.11,
 * §3.12) into a {@link MatrixQuery}, refusing what the Pact Broker refuses with its wording
 * (400 {@code {"errors": [...]}}).
 */
public final class MatrixQueryParser {
  /** The most selectors ({@code q[]}, and separately {@code ignore[]}) one query may hold. */
  static final int MAX_SELECTORS = 100;
  /** The largest {@code limit} (rows) one query may ask for. */
  static final int MAX_LIMIT = 1000;

  private MatrixQueryParser() {}

  /** {@code /matrix?q[][pacticipant]=Foo&q[][version]=1&latestby=cvp&environment=production...}. */
  public static MatrixQuery matrix(String rawQuery) {
    RackQuery query = RackQuery.parse(rawQuery);
    List<String> errors = new ArrayList<>();
    List<MatrixSelector> selectors = selectors(query.hashes("q", null), errors);
    if (selectors.isEmpty() && errors.isEmpty()) {
      errors.add("Please provide 1 or more version selectors.");
    }
    MatrixOptions options = options(query, query.value("latestby"), errors);
    List<MatrixSelector> ignore = selectors(query.hashes("ignore", "pacticipant"), errors);
    throwIfAny(errors);
    return new MatrixQuery(selectors, options, ignore);
  }

  /**
   * {@code /can-i-deploy?pacticipant=Foo&version=1&environment=production} (or {@code to=TAG},
   * Treaty's {@code branch=B}, {@code mainBranch=true}), plus {@code ignore[]=Bar} or
   * {@code ignore[][pacticipant]=Bar&ignore[][version]=2}.
   */
  public static MatrixQuery canIDeploy(String rawQuery) {
    RackQuery query = RackQuery.parse(rawQuery);
    List<String> errors = new ArrayList<>();
    String pacticipant = query.value("pacticipant");
    String version = query.value("version");
    if (blank(pacticipant)) {
      errors.add("pacticipant is required, e.g. ?pacticipant=order-web&version=1.0.0&environment=production");
    }
    if (blank(version)) {
      errors.add("version is required, e.g. ?pacticipant=order-web&version=1.0.0&environment=production");
    }
    String to = query.value("to");
    String environment = query.value("environment");
    String branch = query.value("branch");
    boolean mainBranch = "true".equalsIgnoreCase(query.value("mainBranch"));
    long targets = java.util.stream.Stream.of(to, environment, branch).filter(t -> !blank(t)).count() + (mainBranch ? 1 : 0);
    if (targets != 1) {
      errors.add("Exactly one of to, environment, branch or mainBranch=true is required, got " + targets);
    }
    List<MatrixSelector> ignore = selectors(query.hashes("ignore", "pacticipant"), errors);
    throwIfAny(errors);
    LatestBy latestBy = environment != null ? LatestBy.CVPV : LatestBy.CVP;
    MatrixOptions options = new MatrixOptions(latestBy, environment == null, blank(to) ? null : to,
        blank(environment) ? null : environment, mainBranch, blank(branch) ? null : branch, limit(query, errors), asOf(query, errors));
    throwIfAny(errors);
    return new MatrixQuery(List.of(MatrixSelector.of(pacticipant, version)), options, ignore);
  }

  private static List<MatrixSelector> selectors(List<Map<String, String>> hashes, List<String> errors) {
    List<MatrixSelector> selectors = new ArrayList<>();
    if (hashes.size() > MAX_SELECTORS) {
      errors.add("at most " + MAX_SELECTORS + " selectors (q[] or ignore[] entries) are allowed, got " + hashes.size()
          + "; ask for fewer pacticipant versions at once");
      return selectors;
    }
    for (Map<String, String> hash : hashes) {
      String pacticipant = hash.get("pacticipant");
      boolean latest = isTrue(hash.get("latest"));
      String version = emptyToNull(hash.get("version"));
      if (blank(pacticipant)) {
        errors.add("Please specify the pacticipant name");
        continue;
      }
      if (version != null && latest) {
        errors.add("A version number and latest flag cannot both be specified for " + pacticipant);
      }
      selectors.add(new MatrixSelector(pacticipant, version, latest, emptyToNull(hash.get("tag")),
          emptyToNull(hash.get("branch")), isTrue(hash.get("mainBranch"))));
    }
    return selectors;
  }

  private static MatrixOptions options(RackQuery query, String latestByText, List<String> errors) {
    LatestBy latestBy = LatestBy.NONE;
    if (latestByText != null && !latestByText.isEmpty()) {
      switch (latestByText) {
        case "cvp" -> latestBy = LatestBy.CVP;
        case "cvpv" -> latestBy = LatestBy.CVPV;
        default -> errors.add("latestby must be cvp or cvpv, got '" + latestByText + "'");
      }
    }
    boolean latest = isTrue(query.value("latest"));
    String tag = emptyToNull(query.value("tag"));
    String environment = emptyToNull(query.value("environment"));
    boolean mainBranch = isTrue(query.value("mainBranch"));
    String branch = emptyToNull(query.value("branch"));
    long targets = java.util.stream.Stream.of(tag, environment, branch).filter(t -> t != null).count() + (mainBranch ? 1 : 0);
    if (targets > 1) {
      errors.add("Only one of tag, environment, branch and mainBranch may be specified");
    }
    if (latest && environment != null) {
      errors.add("Cannot specify latest=true with an environment (environment=" + environment
          + " already means the versions currently deployed or released there)");
    }
    return new MatrixOptions(latestBy, latest, tag, environment, mainBranch, branch, limit(query, errors), asOf(query, errors));
  }

  private static int limit(RackQuery query, List<String> errors) {
    String text = query.value("limit");
    if (text == null || text.isEmpty()) {
      return MatrixOptions.DEFAULT_LIMIT;
    }
    try {
      int limit = Integer.parseInt(text.trim());
      if (limit > MAX_LIMIT) {
        errors.add("limit must be at most " + MAX_LIMIT + " (rows per answer), got '" + text + "'");
        return MatrixOptions.DEFAULT_LIMIT;
      }
      if (limit >= 1) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.add("limit must be an integer of at least 1, got '" + text + "'");
    return MatrixOptions.DEFAULT_LIMIT;
  }

  /** {@code asOf=2026-12-01T10:00:00Z} (any ISO-8601 time with an offset): answer as the broker would have then. */
  private static java.time.Instant asOf(RackQuery query, List<String> errors) {
    String text = query.value("asOf");
    if (text == null || text.isEmpty()) {
      return null;
    }
    java.time.Instant asOf;
    try {
      asOf = java.time.OffsetDateTime.parse(text).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      errors.add("asOf must be an ISO-8601 time with an offset, such as 2026-12-01T10:00:00Z, got '" + text + "'");
      return null;
    }
    if (!StoredTimes.storable(asOf)) {
      errors.add("asOf must be " + StoredTimes.RANGE + ", got '" + text + "'");
      return null;
    }
    return asOf;
  }

  private static void throwIfAny(List<String> errors) {
    if (!errors.isEmpty()) {
      throw ApiException.badRequest(String.join("; ", errors));
    }
  }

  private static boolean isTrue(String value) {
    return value != null && value.toLowerCase(Locale.ROOT).equals("true");
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
