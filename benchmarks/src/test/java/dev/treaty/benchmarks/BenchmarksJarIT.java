package dev.treaty.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;

/** Checks the packaged target/benchmarks.jar: runnable, complete, listing every benchmark, and running the consumer one. */
class BenchmarksJarIT {

  private static final Path JAR = Path.of("target", "benchmarks.jar");

  @Test
  void jarRunsJmhAndHoldsTheGeneratedHarnessOfEveryBenchmark() throws Exception {
    assertThat(JAR).exists();
    try (JarFile jar = new JarFile(JAR.toFile());
        URLClassLoader loader = new URLClassLoader(
            new URL[] {JAR.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo("org.openjdk.jmh.Main");
      assertThat(jar.getEntry("META-INF/BenchmarkList")).isNotNull();
      for (String method : benchmarkMethods()) {
        String harness =
            "dev.treaty.benchmarks.jmh_generated.MatchingBenchmark_" + method + "_jmhTest";
        assertThat(Class.forName(harness, false, loader)).isNotNull();
      }
      for (String method : List.of("treatyVerify1000", "pactVerify1000")) {
        String harness =
            "dev.treaty.benchmarks.jmh_generated.VerificationBenchmark_" + method + "_jmhTest";
        assertThat(Class.forName(harness, false, loader)).isNotNull();
      }
      for (String method : consumerOverheadMethods()) {
        String harness =
            "dev.treaty.benchmarks.jmh_generated.ConsumerOverheadBenchmark_" + method + "_jmhTest";
        assertThat(Class.forName(harness, false, loader)).isNotNull();
      }
      for (String engine : List.of("dev.treaty.matching.MatchingEngine",
          "au.com.dius.pact.core.matchers.ResponseMatching", "kotlin.jvm.internal.Intrinsics",
          "dev.treaty.verify.ProviderVerifier", "okhttp3.OkHttpClient",
          "au.com.dius.pact.provider.ProviderVerifier",
          "org.junit.platform.launcher.core.LauncherFactory",
          "org.junit.jupiter.engine.JupiterTestEngine",
          "dev.treaty.junit.consumer.internal.ConsumerExtension",
          "au.com.dius.pact.consumer.junit5.PactConsumerTestExt")) {
        assertThat(Class.forName(engine, false, loader)).isNotNull();
      }
    }
  }

  @Test
  void jarListsEveryBenchmark() throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-jar", JAR.toString(), "-l")
        .redirectErrorStream(true)
        .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as(output).isZero();
    for (String method : benchmarkMethods()) {
      assertThat(output).contains("dev.treaty.benchmarks.MatchingBenchmark." + method);
    }
    assertThat(output).contains("dev.treaty.benchmarks.VerificationBenchmark.treatyVerify1000",
        "dev.treaty.benchmarks.VerificationBenchmark.pactVerify1000");
    for (String method : consumerOverheadMethods()) {
      assertThat(output).contains("dev.treaty.benchmarks.ConsumerOverheadBenchmark." + method);
    }
  }

  @Test
  void jarRunsTheConsumerOverheadBenchmark() throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-jar", JAR.toString(),
        "ConsumerOverheadBenchmark.treaty50$", "-f", "1", "-wi", "0", "-i", "1", "-foe", "true")
        .redirectErrorStream(true)
        .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("ConsumerOverheadBenchmark.treaty50").doesNotContain("<failure>");
  }

  private static List<String> consumerOverheadMethods() {
    List<String> methods = benchmarkMethodsOf(ConsumerOverheadBenchmark.class);
    assertThat(methods).containsExactly("junitBaseline", "pact50", "treaty50", "treatyMockStart");
    return methods;
  }

  private static List<String> benchmarkMethods() {
    List<String> methods = benchmarkMethodsOf(MatchingBenchmark.class);
    assertThat(methods).hasSize(6);
    return methods;
  }

  private static List<String> benchmarkMethodsOf(Class<?> benchmark) {
    return Arrays.stream(benchmark.getDeclaredMethods())
        .filter(m -> m.isAnnotationPresent(Benchmark.class))
        .map(Method::getName)
        .sorted()
        .toList();
  }
}
