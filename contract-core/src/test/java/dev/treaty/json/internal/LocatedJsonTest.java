package dev.treaty.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Test;

class LocatedJsonTest {
  private static final String JSON = "{\n  \"a\": [\n    {\"b\": 1},\n    2\n  ],\n  \"a b\": null\n}";

  @Test
  void fieldsAreLocatedAtTheirKeyAndElementsAtTheirValue() throws JsonProcessingException {
    LocatedJson json = LocatedJson.parse(JSON);

    assertThat(json.locate("$")).isEqualTo(new LocatedJson.Location(1, 1));
    assertThat(json.locate("$.a")).isEqualTo(new LocatedJson.Location(2, 3));
    assertThat(json.locate("$.a[0].b")).isEqualTo(new LocatedJson.Location(3, 6));
    assertThat(json.locate("$.a[1]")).isEqualTo(new LocatedJson.Location(4, 5));
    assertThat(json.locate("$['a b']")).isEqualTo(new LocatedJson.Location(6, 3));
  }

  @Test
  void missingPathIsLocatedAtItsNearestExistingAncestor() throws JsonProcessingException {
    LocatedJson json = LocatedJson.parse(JSON);

    assertThat(json.locate("$.a[0].c.d")).isEqualTo(json.locate("$.a[0]"));
    assertThat(json.locate("$.a[0]")).isEqualTo(new LocatedJson.Location(3, 5));
  }

  @Test
  void treeHoldsEveryValue() throws JsonProcessingException {
    assertThat(LocatedJson.parse(JSON).root().toString()).isEqualTo("{\"a\":[{\"b\":1},2],\"a b\":null}");
  }

  @Test
  void trailingValueIsASyntaxErrorAtItsLocation() {
    assertThatThrownBy(() -> LocatedJson.parse("{}\n  []"))
        .isInstanceOf(JsonProcessingException.class)
        .satisfies(e -> assertThat(((JsonProcessingException) e).getLocation().getLineNr()).isEqualTo(2));
  }
}
