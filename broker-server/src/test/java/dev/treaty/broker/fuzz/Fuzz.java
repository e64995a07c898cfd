package dev.treaty.broker.fuzz;

import java.util.List;
import java.util.function.BiFunction;
import org.quicktheories.api.Function3;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The few QuickTheories combinators the mutation generators use, under short names. */
final class Fuzz {
  private Fuzz() {}

  static <T> Gen<T> pick(List<T> values) {
    return Generate.pick(values);
  }

  @SafeVarargs
  static <T> Gen<T> pick(T... values) {
    return Generate.pick(List.of(values));
  }

  static <T extends Enum<T>> Gen<T> pick(Class<T> type) {
    return Generate.enumValues(type);
  }

  /** One of {@code choices}, each as often as its weight says. */
  static <T> Gen<T> frequency(List<Pair<Integer, Gen<T>>> choices) {
    return Generate.frequency(choices);
  }

  @SafeVarargs
  static <T> Gen<T> frequency(Pair<Integer, Gen<T>>... choices) {
    return Generate.frequency(List.of(choices));
  }

  static <A, B, R> Gen<R> combine(Gen<A> a, Gen<B> b, BiFunction<A, B, R> f) {
    return a.zip(b, f);
  }

  static <A, B, C, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, Function3<A, B, C, R> f) {
    return a.zip(b, c, f);
  }
}
