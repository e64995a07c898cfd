package dev.treaty.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.contract.MatchingRule;
import dev.treaty.contract.RuleGroup;
import dev.treaty.matching.Mismatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class XmlBodyMatcherTest {

  private static List<Mismatch> match(String expected, String actual, Map<String, RuleGroup> rules, boolean allow) {
    List<Mismatch> out = new ArrayList<>();
    XmlBodyMatcher.match(expected, actual, RuleIndex.of(rules, true), allow, out);
    return out;
  }

  @Test
  void differentAttributeValueIsReportedWithAttributePath() {
    List<Mismatch> m = match("<a name='Mary'/>", "<a name='Fred'/>", Map.of(), true);
    assertThat(m).singleElement().satisfies(mm -> {
      assertThat(mm.path()).isEqualTo("$.a['@name']");
      assertThat(mm.expected()).isEqualTo("\"Mary\" (string)");
      assertThat(mm.actual()).isEqualTo("\"Fred\" (string)");
    });
  }

  @Test
  void textIsComparedTrimmedAtHashTextPath() {
    List<Mismatch> m = match("<a><b>red</b><b>blue</b></a>", "<a><b>red</b><b> taupe </b></a>", Map.of(), true);
    assertThat(m).extracting(Mismatch::path).containsExactly("$.a.b[1]['#text']");
  }

  @Test
  void unexpectedElementsFailARequestOnly() {
    assertThat(match("<a><b/></a>", "<a><b/><b/></a>", Map.of(), true)).isEmpty();
    assertThat(match("<a><b/></a>", "<a><b/><b/></a>", Map.of(), false)).hasSize(1);
  }

  @Test
  void typeRuleLetsRepeatedElementsFollowTheFirstExample() {
    Map<String, RuleGroup> rules = Map.of("$.people", RuleGroup.of(MatchingRule.Type.any()));
    assertThat(match("<people><p>Fred</p></people>", "<people><p>A</p><p>B</p></people>", rules, false)).isEmpty();
    assertThat(match("<people><p>Fred</p></people>", "<people><p>A</p><cat>B</cat></people>", rules, true))
        .hasSize(1);
  }

  @Test
  void namespacesCountButPrefixesDoNot() {
    assertThat(match("<a xmlns='urn:x'/>", "<p:a xmlns:p='urn:x'/>", Map.of(), true)).isEmpty();
    assertThat(match("<a xmlns='urn:x'/>", "<a xmlns='urn:y'/>", Map.of(), true)).hasSize(1);
  }

  @Test
  void doctypeAndExternalEntitiesAreRefused() {
    String evil = "<?xml version='1.0'?><!DOCTYPE a [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><a>&x;</a>";
    List<Mismatch> m = match("<a/>", evil, Map.of(), true);
    assertThat(m).singleElement().satisfies(mm -> assertThat(mm.actual()).startsWith("XML that does not parse"));
  }

  @Test
  void minRuleCountsChildElements() {
    Map<String, RuleGroup> rules = Map.of("$.animals", RuleGroup.of(new MatchingRule.Type(2, null)));
    assertThat(match("<animals><x/></animals>", "<animals><x/></animals>", rules, false)).hasSize(1);
  }
}
