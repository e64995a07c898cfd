package dev.treaty.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpecVersionFieldTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "{'pactSpecification': {'version': '3.0.0'}}|\"3.0.0\"|$.metadata.pactSpecification.version",
      "{'pactSpecification': 'V2'}|\"V2\"|$.metadata.pactSpecification",
      "{'pact-specification': {'version': '2.0.0'}}|\"2.0.0\"|$.metadata['pact-specification'].version",
      "{'pactSpecificationVersion': '1.0.0'}|\"1.0.0\"|$.metadata.pactSpecificationVersion",
      "{'pactSpecification': {'version': '4.0'}, 'pactSpecificationVersion': '1.0.0'}|\"4.0\"|$.metadata.pactSpecification.version",
      "{'pactSpecification': {'version': null}}|null|$.metadata.pactSpecification.version"})
  void findsTheVersionUnderEverySpellingInOrder(String metadata, String value, String path) throws Exception {
    SpecVersionField.Found found = SpecVersionField.find(json(metadata)).orElseThrow();

    assertThat(found.value().toString()).isEqualTo(value);
    assertThat(found.jsonPath()).isEqualTo(path);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {"{}", "{'pactSpecification': {}}", "{'pact-jvm': {'version': '4.6'}}"})
  void findsNothingWhenNoSpellingIsThere(String metadata) throws Exception {
    assertThat(SpecVersionField.find(json(metadata))).isEmpty();
  }

  private static JsonNode json(String text) throws Exception {
    return MAPPER.readTree(text.replace('\'', '"'));
  }
}
