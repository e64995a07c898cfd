package dev.treaty.broker.internal.ops;

import dev.treaty.broker.internal.api.ApiException;
import java.time.Duration;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds request bodies to the broker's limits before anything reads them, behind
 * {@link AdmissionControl}: a {@code Content-Length} over {@code --max-body-bytes}, or over the
 * whole {@link MemoryBudget} (it could never fit), is 413; a body the budget has no room for within
 * {@code maxWait} is 503 with {@code Retry-After}. Neither reads the body. An admitted request
 * carries its {@link BodyAllowance} (a chunked body reserves as it streams in), given back when the
 * request ends.
 */
public final class BodyAdmission extends Handler.Wrapper {
  private static final Logger LOG = LoggerFactory.getLogger(BodyAdmission.class);
  /** How long a body waits for room in the budget before it is refused with 503. */
  static final Duration MAX_WAIT = Duration.ofSeconds(5);

  private final long maxBodyBytes;
  private final MemoryBudget budget;
  private final Duration maxWait;

  BodyAdmission(long maxBodyBytes, MemoryBudget budget, Duration maxWait) {
    this.maxBodyBytes = maxBodyBytes;
    this.budget = budget;
    this.maxWait = maxWait;
  }

  /** Bodies of at most {@code maxBodyBytes}, adding up to at most the {@code budget}'s capacity. */
  public static BodyAdmission create(long maxBodyBytes, MemoryBudget budget) {
    if (budget.capacity() < maxBodyBytes) {
      LOG.warn("The body memory budget ({} bytes; --body-memory-budget, by default 1/{} of the heap) is smaller than"
          + " --max-body-bytes ({}): bodies larger than the budget get 413. Give the broker more heap (-Xmx) or lower"
          + " --max-body-bytes", budget.capacity(), MemoryBudget.HEAP_SHARE, maxBodyBytes);
    } else {
      LOG.info("Request bodies: at most {} bytes each (--max-body-bytes), {} bytes at once (--body-memory-budget)",
          maxBodyBytes, budget.capacity());
    }
    return new BodyAdmission(maxBodyBytes, budget, MAX_WAIT);
  }

  public MemoryBudget budget() {
    return budget;
  }

  /** How long a body (or a large reply) waits for room in the budget. */
  Duration maxWait() {
    return maxWait;
  }

  /** The largest body the broker reads: {@code --max-body-bytes}, or the whole budget when that is smaller. */
  long largestBody() {
    return Math.min(maxBodyBytes, budget.capacity());
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    long length = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
    boolean chunked = length < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
    if (length > largestBody()) {
      refuse(request, response, callback, tooLarge(length + " bytes"), length);
      return true;
    }
    long reserve = Math.max(length, 0);
    if (!budget.reserve(reserve, maxWait)) {
      refuse(request, response, callback, busy(budget), length);
      return true;
    }
    BodyAllowance allowance = new BodyAllowance(this, reserve, chunked);
    request.setAttribute(BodyAllowance.ATTRIBUTE, allowance);
    boolean handled;
    try {
      handled = super.handle(request, response, Callback.from(callback, allowance::release));
    } catch (Throwable e) {
      allowance.release();
      throw e;
    }
    if (!handled) {
      allowance.release();
    }
    return handled;
  }

  /**
   * Answers {@code e} without keeping the body. A client that sends its whole body before it reads
   * the answer (most do) would see the connection reset if the broker closed it on an unread body,
   * so a body of up to twice {@code --max-body-bytes} is read and dropped first (a chunk at a time:
   * no memory); a larger one, or one the client waits to send ({@code Expect: 100-continue}), is
   * answered at once and the connection closed.
   */
  private void refuse(Request request, Response response, Callback callback, ApiException e, long length) {
    boolean waitsToSend = request.getHeaders().contains(HttpHeader.EXPECT, HttpHeaderValue.CONTINUE.asString());
    if (waitsToSend || length > 2 * maxBodyBytes) {
      response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
      JettyReplies.problem(request, response, callback, e);
      return;
    }
    Runnable answer = () -> JettyReplies.problem(request, response, callback, e);
    Content.Source.consumeAll(request, Callback.from(answer, failure -> answer.run()));
  }

  /** 413 for a body larger than {@link #largestBody()}; {@code got} says how large it is. */
  ApiException tooLarge(String got) {
    String detail = maxBodyBytes <= budget.capacity()
        ? "The request body is too large: the broker accepts at most " + maxBodyBytes + " bytes (--max-body-bytes), got " + got
        : "The request body is too large: at most " + budget.capacity() + " bytes fit the broker's body memory budget"
            + " (--body-memory-budget, by default 1/" + MemoryBudget.HEAP_SHARE + " of the heap), got " + got
            + "; send a smaller body, or give the broker more heap (-Xmx) or a larger budget";
    return ApiException.of(413, "Content too large", detail);
  }

  /** 503: the budget had no room for the body for the whole wait. */
  static ApiException busy(MemoryBudget budget) {
    budget.countRefusal();
    return ApiException.of(503, "Service unavailable", "The broker is busy (the large requests and replies it is"
        + " processing fill its body memory budget of " + budget.capacity() + " bytes); retry after " + ApiException.RETRY_AFTER_SECONDS + " s");
  }
}
