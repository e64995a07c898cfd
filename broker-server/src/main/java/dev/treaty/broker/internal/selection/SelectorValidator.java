package dev.treaty.broker.internal.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The rules between the fields of a pacts-for-verification request (Pact Broker API §3.8): which
 * selector keys go together, what a fallback needs, that an environment exists, and that pending
 * and WIP have a provider branch to be computed for. Wording follows the Pact Broker's.
 */
final class SelectorValidator {
  private final FieldErrors errors;
  private final Predicate<String> environmentExists;

  SelectorValidator(FieldErrors errors, Predicate<String> environmentExists) {
    this.errors = errors;
    this.environmentExists = environmentExists;
  }

  void validate(ForVerificationRequest request) {
    for (ConsumerVersionSelector selector : request.selectors()) {
      validate(selector, request);
    }
    boolean blankBranch = request.providerVersionBranch().map(String::isBlank).orElse(false);
    if (blankBranch && request.providerVersionTags().isEmpty()
        && (request.includePendingStatus() || request.includeWipPactsSince().isPresent())) {
      errors.add("providerVersionBranch", "must not be blank when includePendingStatus is true or includeWipPactsSince is set; "
          + "send the branch of the provider version being verified, or leave providerVersionBranch out");
    }
  }

  private void validate(ConsumerVersionSelector s, ForVerificationRequest request) {
    int i = s.index();
    List<String> branchKeys = branchKeys(s);
    List<String> environmentKeys = environmentKeys(s);
    if (s.mainBranch() == null && s.tag() == null && s.branch() == null && s.environment() == null
        && !s.isTrue(s.matchingBranch()) && !s.isTrue(s.deployed()) && !s.isTrue(s.released())
        && !s.isTrue(s.deployedOrReleased()) && !s.latestTrue()) {
      errors.selector(i, "must specify a value for environment or tag or branch, or specify mainBranch=true, "
          + "matchingBranch=true, latest=true, deployed=true, released=true or deployedOrReleased=true");
    }
    if (s.isTrue(s.mainBranch()) && otherKeys(branchKeys, environmentKeys, "mainBranch", "latest")) {
      errors.selector(i, "cannot specify mainBranch=true with any other criteria apart from consumer");
    }
    if (s.isTrue(s.mainBranch()) && s.latestFalse()) {
      errors.selector(i, "cannot specify mainBranch=true with latest=false");
    }
    if (s.isTrue(s.matchingBranch()) && otherKeys(branchKeys, environmentKeys, "matchingBranch")) {
      errors.selector(i, "cannot specify matchingBranch=true with any other criteria apart from consumer");
    }
    if (s.isTrue(s.matchingBranch()) && request.providerBranch().isEmpty()) {
      errors.selector(i, "the providerVersionBranch must be specified when the selector matchingBranch=true is used");
    }
    if (s.tag() != null && s.branch() != null) {
      errors.selector(i, "cannot specify both a tag and a branch");
    }
    if (!branchKeys.isEmpty() && !environmentKeys.isEmpty()) {
      errors.selector(i, "cannot specify the " + plural("field", branchKeys.size()) + " " + String.join("/", branchKeys)
          + " with the " + plural("field", environmentKeys.size()) + " " + String.join("/", environmentKeys));
    }
    if (s.fallbackTag() != null && !s.latestTrue()) {
      errors.selector(i, "fallbackTag can only be set if latest is true");
    }
    if (s.fallbackTag() != null && s.tag() == null) {
      errors.selector(i, "fallbackTag can only be set if tag is set");
    }
    if (s.fallbackBranch() != null && s.branch() == null) {
      errors.selector(i, "fallbackBranch can only be set if branch is set");
    }
    if (s.fallbackBranch() != null && s.latestFalse()) {
      errors.selector(i, "fallbackBranch cannot be set if latest is false");
    }
    if (s.branch() != null && s.latestFalse()) {
      errors.selector(i, "cannot specify a branch with latest=false");
    }
    if (s.environment() != null && !environmentExists.test(s.environment())) {
      errors.selector(i, "no environment found with name '" + s.environment() + "'");
    }
    validateDeployment(s);
  }

  private void validateDeployment(ConsumerVersionSelector s) {
    if (s.isTrue(s.deployed()) && s.isTrue(s.released())) {
      errors.selector(s.index(), "cannot specify both deployed=true and released=true");
    }
    if (s.isTrue(s.deployed()) && s.isTrue(s.deployedOrReleased())) {
      errors.selector(s.index(), "cannot specify both deployed=true and deployedOrReleased=true");
    }
    if (s.isTrue(s.released()) && s.isTrue(s.deployedOrReleased())) {
      errors.selector(s.index(), "cannot specify both released=true and deployedOrReleased=true");
    }
  }

  /** The branch-ish keys present, sorted as the Pact Broker lists them. */
  private static List<String> branchKeys(ConsumerVersionSelector s) {
    List<String> keys = new ArrayList<>();
    addIf(keys, s.branch(), "branch");
    addIf(keys, s.fallbackBranch(), "fallbackBranch");
    addIf(keys, s.fallbackTag(), "fallbackTag");
    addIf(keys, s.latest(), "latest");
    addIf(keys, s.mainBranch(), "mainBranch");
    addIf(keys, s.matchingBranch(), "matchingBranch");
    addIf(keys, s.tag(), "tag");
    return keys;
  }

  private static List<String> environmentKeys(ConsumerVersionSelector s) {
    List<String> keys = new ArrayList<>();
    addIf(keys, s.deployed(), "deployed");
    addIf(keys, s.deployedOrReleased(), "deployedOrReleased");
    addIf(keys, s.environment(), "environment");
    addIf(keys, s.released(), "released");
    return keys;
  }

  private static boolean otherKeys(List<String> branchKeys, List<String> environmentKeys, String... allowed) {
    List<String> others = new ArrayList<>(branchKeys);
    others.addAll(environmentKeys);
    others.removeAll(List.of(allowed));
    return !others.isEmpty();
  }

  private static void addIf(List<String> keys, Object value, String key) {
    if (value != null) {
      keys.add(key);
    }
  }

  private static String plural(String word, int count) {
    return count == 1 ? word : word + "s";
  }
}
