package dev.treaty.verify.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.contract.ProviderState;
import dev.treaty.matching.Mismatch;
import dev.treaty.verify.InteractionResult;
import dev.treaty.verify.Outcome;
import dev.treaty.verify.VerificationReport;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The shape of the JSON report, kept apart from the public records so each can change alone. */
public record ReportJson(
    String provider, boolean succeeded, Counts counts, List<String> notices, List<Result> interactions) {

  /** The JSON form of {@code report}. */
  public static ReportJson of(VerificationReport report) {
    Counts counts = new Counts(report.results().size(), report.count(Outcome.PASSED),
        report.count(Outcome.FAILED), report.count(Outcome.ERROR), report.count(Outcome.PENDING));
    return new ReportJson(report.provider(), report.succeeded(), counts, report.notices(),
        report.results().stream().map(Result::of).toList());
  }

  /** Interactions per outcome. */
  public record Counts(int total, int passed, int failed, int error, int pending) {}

  /** One interaction's result. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Result(
      String consumer,
      String provider,
      String description,
      List<State> providerStates,
      String contract,
      String outcome,
      List<MismatchJson> mismatches,
      String error) {
    static Result of(InteractionResult r) {
      return new Result(r.consumer(), r.provider(), r.description(),
          r.providerStates().stream().map(State::of).toList(), r.location(),
          r.outcome().name().toLowerCase(Locale.ROOT),
          r.mismatches().stream().map(MismatchJson::of).toList(), r.error());
    }
  }

  /** A provider state with its params. */
  public record State(String name, Map<String, JsonNode> params) {
    static State of(ProviderState s) {
      return new State(s.name(), s.params());
    }
  }

  /** One mismatch. */
  public record MismatchJson(String part, String path, String expected, String actual, String rule) {
    static MismatchJson of(Mismatch m) {
      return new MismatchJson(m.part().label(), m.path(), m.expected(), m.actual(), m.rule());
    }
  }
}
