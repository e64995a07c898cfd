package dev.treaty.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.treaty.contract.MatchingRule;
import dev.treaty.contract.RuleGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

// QuickTheories properties: random seed, reported on failure; see README.md, "Property tests".
class RuleCursorTest {

  @Test
  void cursorSelectsTheSameRuleAsAFullScan() {
    qt().withExamples(600).forAll(rulePaths(), segments()).checkAssert(RuleCursorTest::assertCursorMatchesScan);
  }

  private static void assertCursorMatchesScan(List<String> rulePaths, List<Object> segments) {
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

  /** Up to six distinct rule paths, in any order. */
  private static Gen<List<String>> rulePaths() {
    List<String> paths = List.of("$", "$.a", "$.a.b", "$[*]", "$.*", "$[0]", "$.a[*].b", "$.a[1]", "$.*.b", "$[*].*",
        "$['a']['b']", "$.b", "oops[");
    Gen<Integer> sizes = integers().between(0, 6);
    return in -> {
      List<String> remaining = new ArrayList<>(paths);
      List<String> chosen = new ArrayList<>();
      for (int size = sizes.generate(in); chosen.size() < size; ) {
        chosen.add(remaining.remove((int) integers().between(0, remaining.size() - 1).generate(in)));
      }
      return chosen;
    };
  }

  private static Gen<List<Object>> segments() {
    Gen<Object> fields = Generate.pick(List.<Object>of("a", "b", "c"));
    Gen<Object> indexes = integers().between(0, 2).map(i -> (Object) i);
    return lists().of(fields.mix(indexes)).ofSizeBetween(0, 5);
  }
}
