package dev.treaty.broker.client;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What to ask the broker for when a provider verifies ({@code POST
 * /pacts/provider/{provider}/for-verification}): the selectors, the provider version's branch and
 * tags, and whether to include pending status and work-in-progress pacts.
 *
 * <pre>{@code
 * PactsForVerificationQuery query = PactsForVerificationQuery.builder("order-service")
 *     .selectors(ConsumerVersionSelector.defaults())
 *     .providerBranch("main")
 *     .includePendingStatus(true)
 *     .build();
 * }</pre>
 *
 * @param provider the provider whose pacts to fetch
 * @param selectors the consumer version selectors; empty lets the broker use its defaults
 * @param providerBranch the branch of the provider version about to verify, or null
 * @param providerTags the tags of that provider version (may be empty)
 * @param includePendingStatus whether the broker marks pacts pending (their failures then never fail a build)
 * @param includeWipPactsSince include work-in-progress pacts published since this date ({@code
 *     2024-01-31} or an ISO timestamp), or null
 */
public record PactsForVerificationQuery(
    String provider, List<ConsumerVersionSelector> selectors, String providerBranch, List<String> providerTags,
    boolean includePendingStatus, String includeWipPactsSince) {

  public PactsForVerificationQuery {
    if (provider == null || provider.isBlank()) {
      throw new IllegalArgumentException("provider must not be blank: \"" + provider + "\"");
    }
    selectors = selectors == null ? List.of() : List.copyOf(selectors);
    providerTags = providerTags == null ? List.of() : List.copyOf(providerTags);
    if (includeWipPactsSince != null) {
      checkDate(includeWipPactsSince);
      if ((providerBranch == null || providerBranch.isBlank()) && providerTags.isEmpty()) {
        throw new IllegalArgumentException("work-in-progress pacts since " + includeWipPactsSince
            + " need the provider's branch: the broker finds WIP pacts per provider branch; give one");
      }
    }
  }

  /** A builder for the pacts of {@code provider}. */
  public static Builder builder(String provider) {
    return new Builder(provider);
  }

  private static void checkDate(String date) {
    try {
      LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      try {
        OffsetDateTime.parse(date);
      } catch (DateTimeParseException e2) {
        throw new IllegalArgumentException("include WIP pacts since: not a date: \"" + date
            + "\"; write it like 2024-01-31 or 2024-01-31T10:00:00Z", e2);
      }
    }
  }

  /** Collects a {@link PactsForVerificationQuery}. */
  public static final class Builder {
    private final String provider;
    private final List<ConsumerVersionSelector> selectors = new ArrayList<>();
    private String providerBranch;
    private final List<String> providerTags = new ArrayList<>();
    private boolean includePendingStatus;
    private String includeWipPactsSince;

    private Builder(String provider) {
      this.provider = provider;
    }

    /** Adds consumer version selectors. */
    public Builder selectors(List<ConsumerVersionSelector> selectors) {
      this.selectors.addAll(selectors);
      return this;
    }

    /** The branch of the provider version about to verify (pending status and WIP depend on it). */
    public Builder providerBranch(String branch) {
      this.providerBranch = branch;
      return this;
    }

    /** Adds tags of the provider version about to verify. */
    public Builder providerTags(List<String> tags) {
      tags.forEach(t -> providerTags.add(Objects.requireNonNull(t, "tag")));
      return this;
    }

    /** Whether to ask for pending status (default false). */
    public Builder includePendingStatus(boolean include) {
      this.includePendingStatus = include;
      return this;
    }

    /** Includes WIP pacts published since {@code date} ({@code 2024-01-31}); null for none. */
    public Builder includeWipPactsSince(String date) {
      this.includeWipPactsSince = date;
      return this;
    }

    /** The query; fails on a blank provider, a malformed date, or WIP without a provider branch. */
    public PactsForVerificationQuery build() {
      return new PactsForVerificationQuery(provider, selectors, providerBranch, providerTags,
          includePendingStatus, includeWipPactsSince);
    }
  }
}
