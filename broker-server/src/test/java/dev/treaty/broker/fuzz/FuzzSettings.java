package dev.treaty.broker.fuzz;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The campaign's size and seed from system properties, so the same test is the CI profile and the
 * long one: {@code -Dtreaty.fuzz.requests=1000000} (default {@value #DEFAULT_REQUESTS} per
 * database), {@code -Dtreaty.fuzz.seed=…} (default {@value #DEFAULT_SEED}, fixed so CI is
 * repeatable; {@code random} for a new one each run; jqwik prints the seed it used either way), and
 * {@code -Dtreaty.fuzz.explore=true} to collect every finding instead of stopping and shrinking at
 * the first.
 */
public final class FuzzSettings implements AroundPropertyHook {
  static final int DEFAULT_REQUESTS = 10_000;
  static final String DEFAULT_SEED = "20261204";

  static int requests() {
    return Integer.getInteger("treaty.fuzz.requests", DEFAULT_REQUESTS);
  }

  static boolean explore() {
    return Boolean.getBoolean("treaty.fuzz.explore");
  }

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
    context.attributes().setTries(requests());
    String seed = System.getProperty("treaty.fuzz.seed", DEFAULT_SEED);
    if (!seed.equals("random")) {
      context.attributes().setSeed(seed);
    }
    return property.execute();
  }

  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS; // registered on the class, applied to each of its properties
  }

  @Override
  public int aroundPropertyProximity() {
    return -100; // outermost: the attributes must be set before the property starts
  }
}
