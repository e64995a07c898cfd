package dev.treaty.broker.testing;

/** The databases every broker test runs on. */
public enum Backend {
  H2,
  POSTGRESQL
}
