package dev.treaty.junit.consumer.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.treaty.contract.Body;
import dev.treaty.contract.Category;
import dev.treaty.contract.Generator;
import dev.treaty.contract.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies a response's generators for the mock: {@code MockServerURL} values point at the running
 * mock; every other generator (such as {@code ProviderState}) keeps its example, because consumer
 * tests see examples and only provider verification evaluates the expressions.
 */
final class ResponseGenerators {
  private ResponseGenerators() {}

  static HttpResponse apply(HttpResponse response, String baseUrl) {
    HttpResponse out = response;
    for (Map.Entry<String, Generator> e : response.generators().get(Category.HEADER).entrySet()) {
      if (isMockServerUrl(e.getValue())) {
        String example = out.headers().first(e.getKey());
        if (example != null) {
          out = out.withHeaders(out.headers().with(e.getKey(), mockUrl(e.getValue(), example, baseUrl)));
        }
      }
    }
    if (out.body() instanceof Body.Json json) {
      JsonNode document = json.value();
      for (Map.Entry<String, Generator> e : response.generators().get(Category.BODY).entrySet()) {
        if (isMockServerUrl(e.getValue())) {
          Generator generator = e.getValue();
          document = JsonPathValues.replace(document, e.getKey(), value -> value.isTextual()
              ? TextNode.valueOf(mockUrl(generator, value.textValue(), baseUrl)) : value);
        }
      }
      out = out.withBody(new Body.Json(document, json.contentType()));
    }
    return out;
  }


  private static boolean isMockServerUrl(Generator generator) {
    return generator.type().equals("MockServerURL");
  }

  /** The base URL followed by what the generator's regex captures of the example. */
  private static String mockUrl(Generator generator, String example, String baseUrl) {
    JsonNode regex = generator.attributes().get("regex");
    if (regex == null || !regex.isTextual()) {
      return example;
    }
    Matcher matcher = Pattern.compile(regex.textValue()).matcher(example);
    if (!matcher.matches() || matcher.groupCount() < 1 || matcher.group(1) == null) {
      return example;
    }
    return baseUrl + matcher.group(1);
  }
}
