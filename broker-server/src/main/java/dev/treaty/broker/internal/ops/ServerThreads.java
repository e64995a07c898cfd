package dev.treaty.broker.internal.ops;

import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The request threads: Jetty's pool, named so that metrics and thread dumps show it. Its job queue
 * stays unbounded, as Jetty requires (its own selector and connection tasks share the queue; a
 * bounded one can wedge connections); what keeps requests from piling up is {@link AdmissionControl},
 * which lets fewer requests run than there are threads. A job that fails with an out-of-memory
 * error goes to {@link OutOfMemoryExit}.
 */
public final class ServerThreads {
  static final int MIN_THREADS = 8;
  static final int MAX_THREADS = 200;
  private static final int IDLE_TIMEOUT_MS = 60_000;

  private ServerThreads() {}

  public static QueuedThreadPool create() {
    QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, MIN_THREADS, IDLE_TIMEOUT_MS) {
      @Override
      protected void runJob(Runnable job) {
        try {
          job.run();
        } catch (Throwable e) {
          OutOfMemoryExit.check(e); // Jetty would log it and go on, with a broken thread's work undone
          throw e;
        }
      }
    };
    pool.setName("treaty-http");
    return pool;
  }
}
