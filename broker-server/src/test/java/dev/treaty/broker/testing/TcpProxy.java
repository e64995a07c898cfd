package dev.treaty.broker.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A TCP proxy on 127.0.0.1 between the broker and its database, for outage tests that must not stop
 * the shared database: {@link #cut} closes every proxied connection and refuses new ones (as a
 * database that crashed or a network that broke would), {@link #restore} lets connections through
 * again. {@link #loseNextCommitReply} forwards the next {@code COMMIT} a client sends, lets the
 * database answer it, then drops that answer and cuts: the write is committed but the broker never
 * hears so (the "outcome unknown" case). It recognises the COMMIT by its text, which the
 * PostgreSQL driver sends with a connection's first commit (later ones run it as a prepared
 * statement by name): arm it before a fresh broker's first write.
 */
public final class TcpProxy implements AutoCloseable {
  private static final byte[] COMMIT = "COMMIT".getBytes(StandardCharsets.US_ASCII);

  private final ServerSocket listener;
  private final String targetHost;
  private final int targetPort;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean open = new AtomicBoolean(true);
  private volatile boolean armed;
  private volatile CountDownLatch commitReplyLost = new CountDownLatch(1);

  private TcpProxy(String targetHost, int targetPort) throws IOException {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "tcp-proxy-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public static TcpProxy to(String host, int port) {
    try {
      return new TcpProxy(host, port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return listener.getLocalPort();
  }

  /** Breaks every connection and refuses new ones until {@link #restore}. */
  public void cut() {
    open.set(false);
    for (Socket socket : sockets) {
      closeQuietly(socket);
    }
    sockets.clear();
  }

  public void restore() {
    open.set(true);
  }

  /** Arms the proxy: the reply to the next COMMIT any client sends is lost, and the proxy cuts. */
  public void loseNextCommitReply() {
    commitReplyLost = new CountDownLatch(1);
    armed = true;
  }

  /** Waits until an armed COMMIT reply was dropped; false on timeout. */
  public boolean awaitCommitReplyLost(long seconds) throws InterruptedException {
    return commitReplyLost.await(seconds, TimeUnit.SECONDS);
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        if (!open.get()) {
          closeQuietly(client);
          continue;
        }
        Socket server = new Socket(targetHost, targetPort);
        sockets.add(client);
        sockets.add(server);
        Pair pair = new Pair(client, server);
        start(() -> pair.pump(client, server, true), "tcp-proxy-up");
        start(() -> pair.pump(server, client, false), "tcp-proxy-down");
      } catch (IOException e) {
        // listener closed, or the target refused: the client sees its connection closed
      }
    }
  }

  private static void start(Runnable work, String name) {
    Thread thread = new Thread(work, name);
    thread.setDaemon(true);
    thread.start();
  }

  /** One proxied connection. */
  private final class Pair {
    private final Socket client;
    private final Socket server;
    private volatile boolean commitSent;

    Pair(Socket client, Socket server) {
      this.client = client;
      this.server = server;
    }

    void pump(Socket from, Socket to, boolean up) {
      byte[] buffer = new byte[16 * 1024];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        for (int read; (read = in.read(buffer)) >= 0; ) {
          if (!up && commitSent) {
            commitSent = false;
            commitReplyLost.countDown();
            cut();   // the database has answered the COMMIT: drop its answer
            return;
          }
          if (up && armed && contains(buffer, read, COMMIT)) {
            armed = false;
            commitSent = true;   // before the write: the answer may come back at once
          }
          out.write(buffer, 0, read);
          out.flush();
        }
      } catch (IOException e) {
        // cut, or closed by either side
      } finally {
        closeQuietly(client);
        closeQuietly(server);
      }
    }
  }

  private static boolean contains(byte[] buffer, int length, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (buffer[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  @Override
  public void close() {
    cut();
    try {
      listener.close();
    } catch (IOException ignored) {
      // already closed
    }
  }
}
