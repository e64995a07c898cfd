package dev.treaty.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.contract.MatchingRule;
import dev.treaty.contract.RuleGroup;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleIndexTest {
  private static final RuleGroup TYPE = RuleGroup.of(MatchingRule.Type.any());
  private static final RuleGroup REGEX = RuleGroup.of(new MatchingRule.Regex("x"));
  private static final RuleGroup INT = RuleGroup.of(new MatchingRule.IntegerType());

  private static PathStack path(Object... segments) {
    PathStack p = new PathStack();
    for (Object s : segments) {
      if (s instanceof Integer i) {
        p.pushIndex(i);
      } else {
        p.pushField((String) s);
      }
    }
    return p;
  }

  private static RuleIndex index(Object... pathsAndGroups) {
    Map<String, RuleGroup> map = new LinkedHashMap<>();
    for (int i = 0; i < pathsAndGroups.length; i += 2) {
      map.put((String) pathsAndGroups[i], (RuleGroup) pathsAndGroups[i + 1]);
    }
    return RuleIndex.of(map, false);
  }

  @Test
  void exactFieldBeatsWildcard() {
    RuleIndex rules = index("$.items[*].id", TYPE, "$.items[0].id", INT);
    assertThat(rules.select(path("items", 0, "id")).group()).isEqualTo(INT);
    assertThat(rules.select(path("items", 1, "id")).group()).isEqualTo(TYPE);
  }

  @Test
  void ancestorRulesCascadeToDescendantsButAreNotExact() {
    RuleIndex rules = index("$.items", TYPE);
    RuleIndex.Selected s = rules.select(path("items", 3, "name"));
    assertThat(s.group()).isEqualTo(TYPE);
    assertThat(s.exact()).isFalse();
    assertThat(rules.select(path("items")).exact()).isTrue();
    assertThat(rules.select(path("other"))).isNull();
  }

  @Test
  void longerPathWinsATie() {
    RuleIndex rules = index("$.a", TYPE, "$.*.b", REGEX);
    assertThat(rules.select(path("a", "b")).group()).isEqualTo(REGEX);
  }

  @Test
  void starIndexMatchesOnlyIndicesAndStarMatchesAnything() {
    RuleIndex rules = index("$[*]", TYPE);
    assertThat(rules.select(path(0))).isNotNull();
    assertThat(rules.select(path("a"))).isNull();
    assertThat(index("$.*", TYPE).select(path("a"))).isNotNull();
    assertThat(index("$.*", TYPE).select(path(0))).isNotNull();
  }

  @Test
  void xmlIndexDropsIndexTokens() {
    RuleIndex xml = RuleIndex.of(Map.of("$.animals[*].alligator['@phone']", REGEX), true);
    assertThat(xml.select(path("animals", "alligator", "@phone"))).isNotNull();
  }

  @Test
  void unparseablePathsNeverMatch() {
    assertThat(index("items[", TYPE).select(path("items"))).isNull();
    assertThat(index("$.a[", TYPE).select(path("a"))).isNull();
  }

  @Test
  void hugeAndZeroPaddedIndicesParseWithoutOverflow() {
    assertThat(index("$[99999999999999]", TYPE).select(path(0))).isNull();
    assertThat(index("$[01]", TYPE).select(path(1))).isNotNull();
  }

  @Test
  void pathStackRendersBracketsForOddNames() {
    assertThat(path("items", 0, "first name", "@id").render()).isEqualTo("$.items[0]['first name']['@id']");
  }

  @Test
  void quotedBracketFieldsParse() {
    assertThat(JsonPathExpression.parse("$['two']['@str']").weight(path("two", "@str"))).isEqualTo(8);
    assertThat(JsonPathExpression.parse("$[\"a.b\"]").weight(path("a.b"))).isEqualTo(4);
  }
}
