package dev.treaty.broker.internal.ops;

import dev.treaty.broker.internal.api.ApiException;

/**
 * One request's share of the {@link MemoryBudget}: what {@link BodyAdmission} reserved for its body
 * before it was read (its {@code Content-Length}), grown while a chunked body streams in or for a
 * large reply, and given back once when the request ends. Whoever reads the body reports every byte to {@link #count};
 * a body past {@code --max-body-bytes} or one the budget has no room for stops there.
 */
public final class BodyAllowance {
  /** The request attribute {@link BodyAdmission} keeps it under. */
  public static final String ATTRIBUTE = BodyAllowance.class.getName();
  /** A chunked body reserves in steps of this many bytes, not one read at a time. */
  static final long STEP = 64 * 1024;

  private final BodyAdmission limits;
  private final boolean chunked;
  private long reserved;
  private long read;
  private boolean released;

  BodyAllowance(BodyAdmission limits, long reserved, boolean chunked) {
    this.limits = limits;
    this.reserved = reserved;
    this.chunked = chunked;
  }

  /**
   * Counts {@code bytes} more of the body as read: a 413 past the largest body the broker accepts,
   * a 503 (busy) when a chunked body needs more of the budget than is free.
   */
  public synchronized void count(long bytes) {
    read += bytes;
    if (read > limits.largestBody()) {
      throw limits.tooLarge(chunked ? "more than that (chunked)" : read + " bytes");
    }
    if (read > reserved) {
      long needed = read - reserved;
      long step = Math.min(Math.max(needed, STEP), limits.largestBody() - reserved);
      long more = limits.budget().tryReserve(step) ? step : limits.budget().tryReserve(needed) ? needed : 0;
      if (more == 0) {
        throw BodyAdmission.busy(limits.budget());
      }
      reserved += more;
    }
  }

  /**
   * Reserves {@code bytes} more for a reply built from a large stored document (a pact: rendering
   * it costs about what reading it as a body did), waiting as a body would; 503 (busy) when the budget
   * has no room in time. Never more than the whole budget, so a pact stored under a larger budget can
   * still be read.
   */
  public void reserveForReply(long bytes) {
    long wanted = Math.min(bytes, limits.budget().capacity());
    boolean reservedNow;
    try {
      reservedNow = limits.budget().reserve(wanted, limits.maxWait());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      reservedNow = false;
    }
    if (!reservedNow) {
      throw BodyAdmission.busy(limits.budget());
    }
    synchronized (this) {
      reserved += wanted;
    }
  }

  /** The bytes of the budget this request holds. */
  synchronized long reserved() {
    return released ? 0 : reserved;
  }

  /** Gives the reservation back; only the first call does anything. */
  synchronized void release() {
    if (!released) {
      released = true;
      limits.budget().release(reserved);
    }
  }
}
