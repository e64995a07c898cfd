package dev.treaty.broker.internal.matrix;

/**
 * {@code latestby}: which rows a matrix keeps. {@code cvp}: per consumer version and provider the
 * row of the newest provider version; {@code cvpv}: every consumer version / provider version
 * pair; none: every row.
 */
public enum LatestBy {
  NONE,
  CVP,
  CVPV
}
