package dev.treaty.benchmarks;

import java.util.Objects;

/**
 * One benchmark input: a Pact V3 file as text and the bytes of provider responses to match against
 * its single interaction.
 *
 * @param name what the input is called in reports ({@code small}, {@code 100k}, {@code 1mb})
 * @param pactJson the pact file, read by both engines outside the timed code
 * @param actualBody a response body that honours the contract
 * @param brokenBody the same body with one field broken, which both engines must reject
 */
record MatchingInput(String name, String pactJson, byte[] actualBody, byte[] brokenBody) {

  MatchingInput {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(pactJson, "pactJson");
    actualBody = actualBody.clone();
    brokenBody = brokenBody.clone();
  }

  @Override
  public byte[] actualBody() {
    return actualBody.clone();
  }

  @Override
  public byte[] brokenBody() {
    return brokenBody.clone();
  }
}
