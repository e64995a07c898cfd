package dev.treaty.broker.internal.ops;

import dev.treaty.broker.internal.store.RequestWork;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * Cancels a request's database work when its client has gone. Jetty does not read from an HTTP/1.1
 * connection while its request is being handled, so a client that closes the connection goes
 * unnoticed until the answer is written; a slow query would run on, holding a pooled connection.
 * This handler binds a {@link RequestWork} to each request and, once a request has been inside
 * database work for {@link #PATIENCE}, reads its connection without blocking every
 * {@link #INTERVAL}: end of stream (or a reset) means the client has gone, and the work is
 * cancelled (its statement stopped, its transaction rolled back, its connection back in the pool).
 * Bytes that arrive meanwhile belong to a request the client pipelined behind this one (the body of
 * this one was read before any database work began); they are kept and handed back to the
 * connection when this request completes, so nothing is lost.
 */
public final class ClientWatch extends Handler.Wrapper {
  static final Duration PATIENCE = Duration.ofMillis(100);
  static final Duration INTERVAL = Duration.ofMillis(100);

  private final Set<Watched> watched = ConcurrentHashMap.newKeySet();
  private final LongAdder abandoned = new LongAdder();
  private ScheduledExecutorService probe;

  @Override
  protected void doStart() throws Exception {
    probe = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "treaty-client-watch");
      thread.setDaemon(true);
      return thread;
    });
    probe.scheduleWithFixedDelay(this::probeAll, INTERVAL.toMillis(), INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    super.doStart();
  }

  @Override
  protected void doStop() throws Exception {
    super.doStop();
    probe.shutdownNow();
  }

  /** How many requests had their database work cancelled because the client went away. */
  public long abandonedRequests() {
    return abandoned.sum();
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    Watched one = new Watched(request.getConnectionMetaData().getConnection().getEndPoint(), RequestWork.begin());
    watched.add(one);
    try {
      return super.handle(request, response, new Callback.Nested(callback) {
        @Override
        public void succeeded() {
          one.finish();
          super.succeeded();
        }

        @Override
        public void failed(Throwable x) {
          one.finish();
          super.failed(x);
        }
      });
    } finally {
      watched.remove(one);
      one.work.end();
    }
  }

  private void probeAll() {
    long now = System.nanoTime();
    for (Watched one : watched) {
      if (one.work.nanosInDatabase(now) >= PATIENCE.toNanos() && one.clientGone()) {
        abandoned.increment();
        one.work.cancel();
      }
    }
  }

  /** One request being handled: its connection, its database work and any bytes read ahead. */
  private static final class Watched {
    private final EndPoint endPoint;
    private final RequestWork work;
    private ByteBuffer readAhead;
    private boolean done;

    Watched(EndPoint endPoint, RequestWork work) {
      this.endPoint = endPoint;
      this.work = work;
    }

    /** Reads without blocking: true at end of stream or on a reset; bytes read are kept. */
    synchronized boolean clientGone() {
      if (done || work.cancelled() || readAhead != null) {
        return false;   // a client that pipelines is there; its bytes wait for the connection
      }
      ByteBuffer buffer = BufferUtil.allocate(4096);
      try {
        int read = endPoint.fill(buffer);
        if (read > 0) {
          readAhead = buffer;
        }
        return read < 0;
      } catch (IOException e) {
        return true;
      }
    }

    /** The answer is done: hand bytes read ahead back to the connection, which parses them next. */
    synchronized void finish() {
      done = true;
      if (readAhead != null && endPoint.getConnection() instanceof Connection.UpgradeTo connection) {
        connection.onUpgradeTo(readAhead);
      }
      readAhead = null;
    }
  }
}
