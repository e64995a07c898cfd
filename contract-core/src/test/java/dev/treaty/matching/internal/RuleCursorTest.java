package dev.treaty.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.contract.MatchingRule;
import dev.treaty.contract.RuleGroup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RuleCursorTest {

  @Property(tries = 500)
  void cursorSelectsTheSameRuleAsAFullScan(
      @ForAll("rulePaths") List<String> rulePaths, @ForAll("segments") List<Object> segments) {
    Map<String, RuleGroup> map = new LinkedHashMap<>();
    for (int i = 0; i < rulePaths.size(); i++) {
      map.put(rulePaths.get(i), RuleGroup.of(new MatchingRule.Regex("r" + i)));
    }
    RuleIndex index = RuleIndex.of(map, false);
    RuleCursor cursor = index.cursor();
    PathStack stack = new PathStack();
    assertThat(cursor.select()).isEqualTo(index.select(stack));
    for (Object segment : segments) {
      if (segment instanceof Integer i) {
        cursor.pushIndex(i);
        stack.pushIndex(i);
      } else {
        cursor.pushField((String) segment);
        stack.pushField((String) segment);
      }
      assertThat(cursor.select()).isEqualTo(index.select(stack));
    }
    for (int i = segments.size(); i > 0; i--) {
      cursor.pop();
      stack.pop();
      assertThat(cursor.select()).isEqualTo(index.select(stack));
    }
  }

  @Test
  void siblingsDoNotSeeEachOthersRules() {
    RuleIndex index = RuleIndex.of(Map.of("$.a.x", RuleGroup.of(new MatchingRule.IntegerType())), false);
    RuleCursor cursor = index.cursor();
    cursor.pushField("a");
    cursor.pushField("x");
    assertThat(cursor.select()).isNotNull();
    cursor.pop();
    cursor.pop();
    cursor.pushField("b");
    cursor.pushField("x");
    assertThat(cursor.select()).isNull();
  }

  @Provide
  Arbitrary<List<String>> rulePaths() {
    return Arbitraries.of("$", "$.a", "$.a.b", "$[*]", "$.*", "$[0]", "$.a[*].b", "$.a[1]", "$.*.b", "$[*].*",
        "$['a']['b']", "$.b", "oops[").list().ofMaxSize(6).uniqueElements();
  }

  @Provide
  Arbitrary<List<Object>> segments() {
    return Arbitraries.oneOf(Arbitraries.of("a", "b", "c").map(s -> (Object) s),
        Arbitraries.integers().between(0, 2).map(i -> (Object) i)).list().ofMaxSize(5);
  }
}
