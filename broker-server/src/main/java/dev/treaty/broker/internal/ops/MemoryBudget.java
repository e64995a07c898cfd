package dev.treaty.broker.internal.ops;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes of request bodies the broker holds at once. Reading and publishing a body costs a
 * multiple of its size in heap (the parsed request, the decoded pact, its tree, its canonical form;
 * see "Memory" in the broker README), so the sum of the bodies in flight is what must stay bounded
 * for the heap to suffice. A request reserves its body's bytes before the body is read, waiting a
 * little for others to finish; what cannot be reserved is refused, never read.
 */
public final class MemoryBudget {
  /**
   * The default budget is this share of the maximum heap: a 9.5 MB publication needs about 50 MB of
   * heap at its peak (measured with -Xmx, see the README), so bodies adding up to 1/16 of the heap
   * take about a third of it and leave room for everything else the broker holds.
   */
  static final int HEAP_SHARE = 16;

  private final long capacity;
  private final AtomicLong refused = new AtomicLong();
  private long used;

  public MemoryBudget(long capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("a memory budget must be at least 1 byte: " + capacity);
    }
    this.capacity = capacity;
  }

  /** The default budget for a JVM whose maximum heap is {@code maxHeapBytes}: 1/{@value #HEAP_SHARE} of it. */
  public static long defaultCapacity(long maxHeapBytes) {
    return Math.max(1, maxHeapBytes / HEAP_SHARE);
  }

  /** The most bytes reserved at once. */
  public long capacity() {
    return capacity;
  }

  /** The bytes reserved now. */
  public synchronized long used() {
    return used;
  }

  /** How many requests were refused with 503 so far because the budget had no room for them. */
  public long refused() {
    return refused.get();
  }

  /** Counts one request refused for want of room (see {@link #refused()}). */
  void countRefusal() {
    refused.incrementAndGet();
  }

  /**
   * Reserves {@code bytes}, waiting up to {@code maxWait} for others to release enough; whether it
   * did. Never more than {@link #capacity()} in total; a request larger than the capacity is refused
   * at once (it could never fit).
   */
  public boolean reserve(long bytes, Duration maxWait) throws InterruptedException {
    if (bytes < 0) {
      throw new IllegalArgumentException("cannot reserve a negative number of bytes: " + bytes);
    }
    long deadline = System.nanoTime() + maxWait.toNanos();
    synchronized (this) {
      while (bytes > capacity - used) {
        long left = deadline - System.nanoTime();
        if (bytes > capacity || left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
      used += bytes;
      return true;
    }
  }

  /** Reserves {@code bytes} if they are free now. */
  public boolean tryReserve(long bytes) {
    try {
      return reserve(bytes, Duration.ZERO);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Gives back {@code bytes} reserved earlier and wakes the requests waiting for them. */
  public synchronized void release(long bytes) {
    if (bytes > used) {
      throw new IllegalStateException("released " + bytes + " bytes but only " + used + " are reserved");
    }
    used -= bytes;
    notifyAll();
  }
}
