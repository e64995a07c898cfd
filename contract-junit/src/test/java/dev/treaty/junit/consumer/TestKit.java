package dev.treaty.junit.consumer;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Runs fixture classes through the Jupiter engine, writing contracts into a given directory. */
final class TestKit {
  private TestKit() {}

  static EngineExecutionResults run(Path contractsDir, Class<?>... classes) {
    return run(Map.of(), contractsDir, classes);
  }

  static EngineExecutionResults run(Map<String, String> config, Path contractsDir, Class<?>... classes) {
    Map<String, String> all = new LinkedHashMap<>(config);
    all.put(Fixture.KEY, "true");
    if (contractsDir != null) {
      all.put("treaty.contracts.dir", contractsDir.toString());
    }
    return EngineTestKit.engine("junit-jupiter")
        .configurationParameters(all)
        .selectors(Arrays.stream(classes).map(c -> selectClass(c)).toArray(org.junit.platform.engine.DiscoverySelector[]::new))
        .execute();
  }
}
