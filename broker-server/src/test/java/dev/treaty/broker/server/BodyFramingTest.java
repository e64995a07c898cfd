package dev.treaty.broker.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokersPerBackend;
import dev.treaty.broker.testing.PactFixtures;
import dev.treaty.broker.testing.RawHttp;
import dev.treaty.broker.testing.RawHttp.Answer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Bodies whose HTTP framing is broken, or that are larger than {@code --max-body-bytes} however they
 * are sent, get a 4xx, never a 500 (until issue 12 a broken chunked body was a 500 with Jetty's
 * "Early EOF"). Hand-made HTTP/1.1 over a socket, to a broker accepting bodies of up to 64 KiB.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class BodyFramingTest {
  static final int MAX_BODY = 64 * 1024;
  @RegisterExtension static final BrokersPerBackend BROKERS = new BrokersPerBackend(config -> config.maxBodyBytes(MAX_BODY));

  @Parameter Backend backend;

  URI base() {
    return BROKERS.get(backend).broker().url();
  }

  @Test
  void aWellFormedChunkedPublicationIsReadWhole() {
    String body = PactFixtures.publishRequest("bf-c", "1", null, List.of(), "bf-p", PactFixtures.pact("bf-c", "bf-p", "a"));
    String first = body.substring(0, 40);
    String rest = body.substring(40);

    Answer answer = RawHttp.exchangeWhole(base(), RawHttp.chunkedPost("/contracts/publish",
        chunk(first) + chunk(rest) + "0\r\n\r\n"));

    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
  }

  @Test
  void brokenChunkedFramingIs400() {
    String json = "{\"pacticipantName\":\"bf-c\"}";
    Map<String, String> broken = Map.of(
        "a chunk size that is not hex", "zz\r\n" + json + "\r\n0\r\n\r\n",
        "a chunk cut short", "100\r\n" + json,
        "no final zero-length chunk", chunk(json),
        "no CRLF after a chunk's data", Integer.toHexString(json.length()) + "\r\n" + json + "XX0\r\n\r\n",
        "a chunk size beyond any body", "7fffffffffffffff\r\n" + json + "\r\n0\r\n\r\n",
        "a chunk size that overflows a long", "ffffffffffffffffffff\r\n" + json + "\r\n0\r\n\r\n");
    broken.forEach((what, chunked) -> {
      Answer answer = RawHttp.exchange(base(), RawHttp.chunkedPost("/contracts/publish", chunked));

      assertThat(answer.status()).as(what + ":%n%s", answer.text()).isEqualTo(400);
    });
  }

  @Test
  void aBodyCutShortOfItsContentLengthIs400NamingTheBody() {
    String head = "POST /contracts/publish HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n";

    Answer answer = RawHttp.exchange(base(), (head + "{\"pacticipantName\":").getBytes(StandardCharsets.ISO_8859_1));

    assertThat(answer.status()).as(answer.text()).isEqualTo(400);
    assertThat(answer.text()).contains("\"body\":[\"could not be read (Early EOF): its framing is broken");
  }

  @Test
  void aChunkBiggerThanTheLimitAndAChunkedBodyThatGrowsPastItAre413NamingTheLimit() {
    String big = "[" + "1,".repeat(MAX_BODY / 2) + "1]";
    String inSmallChunks = chunk(big.substring(0, MAX_BODY / 2)) + chunk(big.substring(MAX_BODY / 2)) + "0\r\n\r\n";
    for (String chunked : List.of(chunk(big) + "0\r\n\r\n", inSmallChunks)) {
      Answer answer = RawHttp.exchange(base(), RawHttp.chunkedPost("/contracts/publish", chunked));

      assertThat(answer.status()).as(answer.text()).isEqualTo(413);
      assertThat(answer.text()).contains("The request body is too large: the broker accepts at most " + MAX_BODY
          + " bytes (--max-body-bytes), got more than that (chunked)");
    }
  }

  @Test
  void aContentLengthOverTheLimitIs413BeforeTheBodyIsRead() {
    String head = "POST /contracts/publish HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
        + (MAX_BODY + 1) + "\r\n\r\n";

    Answer answer = RawHttp.exchange(base(), (head + "x".repeat(MAX_BODY + 1)).getBytes(StandardCharsets.ISO_8859_1));

    assertThat(answer.status()).as(answer.text()).isEqualTo(413);
    assertThat(answer.text()).contains("at most " + MAX_BODY + " bytes (--max-body-bytes), got " + (MAX_BODY + 1) + " bytes");
  }

  private static String chunk(String data) {
    return Integer.toHexString(data.length()) + "\r\n" + data + "\r\n";
  }
}
