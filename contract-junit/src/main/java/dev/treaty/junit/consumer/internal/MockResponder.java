package dev.treaty.junit.consumer.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.treaty.contract.Body;
import dev.treaty.contract.HttpResponse;
import dev.treaty.generate.GeneratorContext;
import dev.treaty.generate.GeneratorEngine;
import dev.treaty.generate.GeneratorException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The WireMock extension that answers every request: it asks the ledger (Treaty's matching engine)
 * which interaction the request is, and replies with that interaction's example response, its
 * generators applied (random values, dates, mock server URLs; provider-state values keep their example).
 */
final class MockResponder implements ResponseDefinitionTransformerV2 {
  static final String WARM_UP_HEADER = "X-Treaty-Warm-Up";
  static final int UNEXPECTED_STATUS = 500;
  private static final GeneratorEngine GENERATORS = GeneratorEngine.create();

  private final String consumer;
  private final String provider;
  private final InteractionLedger ledger;
  private final Supplier<String> baseUrl;

  MockResponder(String consumer, String provider, InteractionLedger ledger, Supplier<String> baseUrl) {
    this.consumer = consumer;
    this.provider = provider;
    this.ledger = ledger;
    this.baseUrl = baseUrl;
  }

  @Override
  public String getName() {
    return "treaty-mock-responder";
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    if (serveEvent.getRequest().containsHeader(WARM_UP_HEADER)) {
      return ResponseDefinitionBuilder.responseDefinition().withStatus(204).build();
    }
    InteractionLedger.Answer answer = ledger.answer(WireMockRequests.toContract(serveEvent.getRequest()));
    if (answer.interaction() == null) {
      return ResponseDefinitionBuilder.responseDefinition()
          .withStatus(UNEXPECTED_STATUS)
          .withHeader("Content-Type", "text/plain; charset=utf-8")
          .withBody(FailureMessages.unexpectedBody(consumer, provider, answer.unexpected()))
          .build();
    }
    try {
      return toWireMock(GENERATORS.apply(answer.interaction().response(), GeneratorContext.consumer(baseUrl.get())));
    } catch (GeneratorException e) {
      return ResponseDefinitionBuilder.responseDefinition()
          .withStatus(UNEXPECTED_STATUS)
          .withHeader("Content-Type", "text/plain; charset=utf-8")
          .withBody("Treaty could not generate the response of \"" + answer.interaction().description() + "\": "
              + e.getMessage())
          .build();
    }
  }

  private static ResponseDefinition toWireMock(HttpResponse response) {
    List<HttpHeader> headers = new ArrayList<>();
    response.headers().values().forEach((name, values) -> headers.add(new HttpHeader(name, values)));
    ResponseDefinitionBuilder builder = ResponseDefinitionBuilder.responseDefinition()
        .withStatus(response.status())
        .withHeaders(new HttpHeaders(headers));
    Body body = response.body();
    if (body.isPresent()) {
      builder.withBody(body.bytes());
    }
    return builder.build();
  }
}
