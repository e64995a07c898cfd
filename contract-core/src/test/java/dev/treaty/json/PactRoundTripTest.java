package dev.treaty.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.contract.Contract;
import dev.treaty.contract.HttpInteraction;
import dev.treaty.contract.SpecVersion;
import org.junit.jupiter.api.Test;

/** Real-world style pact files survive read, write and read again with their meaning intact. */
class PactRoundTripTest {

  @Test
  void pactJvmV4FileRoundTripsThroughV4() throws Exception {
    Contract original = PactReader.read(PactReaderTest.fixture("pact-jvm-4.6-v4.json"), "jvm.json");

    String written = PactWriter.write(original, SpecVersion.V4);
    Contract read = PactReader.read(written, "written.json");

    assertThat(read.interactions()).containsExactlyInAnyOrderElementsOf(original.interactions());
    assertThat(read.metadata()).isEqualTo(original.metadata());
    assertThat(PactWriter.write(read, SpecVersion.V4)).isEqualTo(written);
  }

  @Test
  void pactJsV3FileRoundTripsThroughV3() throws Exception {
    Contract original = PactReader.read(PactReaderTest.fixture("pact-js-v3.json"), "js.json");

    String written = PactWriter.write(original, SpecVersion.V3);
    Contract read = PactReader.read(written, "written.json");

    assertThat(read).isEqualTo(original);
    assertThat(PactWriter.write(read, SpecVersion.V3)).isEqualTo(written);
  }

  @Test
  void v3FileKeepsItsMeaningWhenWrittenAsV4() throws Exception {
    Contract v3 = PactReader.read(PactReaderTest.fixture("pact-js-v3.json"), "js.json");

    Contract v4 = PactReader.read(PactWriter.write(v3, SpecVersion.V4), "v4.json");

    assertThat(v4.specVersion()).isEqualTo(SpecVersion.V4);
    assertThat(v4.interactions()).containsExactlyInAnyOrderElementsOf(v3.interactions());
  }

  @Test
  void v2FileKeepsItsMeaningWhenWrittenAsV3() {
    Contract v2 = PactReader.read("""
        {"consumer": {"name": "c"}, "provider": {"name": "p"},
         "interactions": [{"description": "d", "providerState": "s",
           "request": {"method": "GET", "path": "/a", "query": "q=1",
             "matchingRules": {"$.query.q": {"match": "regex", "regex": "\\\\d+"}}},
           "response": {"status": 200, "headers": {"Content-Type": "application/json"},
             "body": {"a": [1]}, "matchingRules": {"$.body.a": {"min": 1}}}}],
         "metadata": {"pactSpecification": {"version": "2.0.0"}}}""", "v2.json");

    Contract v3 = PactReader.read(PactWriter.write(v2, SpecVersion.V3), "v3.json");

    HttpInteraction before = v2.httpInteractions().get(0);
    HttpInteraction after = v3.httpInteractions().get(0);
    assertThat(after).isEqualTo(before);
  }

  @Test
  void eachKeyExampleValueWrittenByPactRustSurvivesV4RoundTrip() {
    String pact = """
        {"consumer": {"name": "c"}, "provider": {"name": "p"},
         "interactions": [{"type": "Synchronous/HTTP", "description": "d",
           "request": {"method": "GET", "path": "/a"},
           "response": {"status": 200,
             "body": {"contentType": "application/json", "encoded": false, "content": {"a": {"x": 1}}},
             "matchingRules": {"body": {"$.a": {"combine": "AND", "matchers": [
               {"match": "eachKey", "rules": [{"match": "regex", "regex": "[a-z]+"}], "value": {"x": 1}}]}}}}}],
         "metadata": {"pactSpecification": {"version": "4.0"}}}""";

    String written = PactWriter.write(PactReader.read(pact, "rust.json"), SpecVersion.V4);

    assertThat(written).contains("\"value\": {");
    Contract reread = PactReader.read(written, "written.json");
    assertThat(reread).isEqualTo(PactReader.read(pact, "rust.json"));
  }
}
