package dev.treaty.verify.internal;

import dev.treaty.contract.HttpRequest;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import okhttp3.HttpUrl;

/** Words a failed exchange the way a person debugging CI needs it: request, URL, what went wrong. */
final class Failures {
  private Failures() {}

  static String describe(IOException e, HttpRequest request, HttpUrl url, Duration timeout) {
    String target = request.method().toUpperCase(java.util.Locale.ROOT) + " " + url;
    if (e instanceof InterruptedIOException) {
      return target + " timed out after " + seconds(timeout) + "; is the provider running and answering?"
          + " raise the timeout if it is slow";
    }
    if (e instanceof ConnectException) {
      return target + " failed: connection refused (" + url.host() + ":" + url.port()
          + "); is the provider running at the base URL?";
    }
    if (e instanceof UnknownHostException) {
      return target + " failed: unknown host " + url.host();
    }
    return target + " failed: " + ProviderStates.describe(e);
  }

  private static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? (ms / 1000) + "s" : ms + "ms";
  }
}
