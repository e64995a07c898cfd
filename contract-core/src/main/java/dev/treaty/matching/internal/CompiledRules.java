package dev.treaty.matching.internal;

import dev.treaty.contract.Category;
import dev.treaty.contract.MatchingRules;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The matching rules of one expected request, response or message, compiled once and cached;
 * exists so that repeated matching against the same contract does no parsing.
 */
public final class CompiledRules {
  private static final int CACHE_LIMIT = 512;
  private static final Map<Identity, CompiledRules> CACHE = new ConcurrentHashMap<>();

  private final MatchingRules source;
  private volatile RuleIndex body;
  private volatile RuleIndex xmlBody;

  private CompiledRules(MatchingRules source) {
    this.source = source;
  }

  /** The compiled form of {@code rules}, from the cache when it has been seen before. */
  public static CompiledRules of(MatchingRules rules) {
    if (rules.isEmpty()) {
      return new CompiledRules(rules);
    }
    Identity key = new Identity(rules);
    CompiledRules cached = CACHE.get(key);
    if (cached != null) {
      return cached;
    }
    if (CACHE.size() >= CACHE_LIMIT) {
      CACHE.clear();
    }
    CompiledRules compiled = new CompiledRules(rules);
    CACHE.put(key, compiled);
    return compiled;
  }

  /** Looks rules up by instance: hashing a whole rule tree on every match would cost more. */
  private record Identity(MatchingRules rules) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Identity i && i.rules == rules;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(rules);
    }
  }

  /** Body rules for JSON, text and binary bodies. */
  public RuleIndex body() {
    RuleIndex b = body;
    if (b == null) {
      b = RuleIndex.of(source.get(Category.BODY), false);
      body = b;
    }
    return b;
  }

  /** Body rules for XML bodies, whose paths carry no array indices. */
  public RuleIndex xmlBody() {
    RuleIndex b = xmlBody;
    if (b == null) {
      b = RuleIndex.of(source.get(Category.BODY), true);
      xmlBody = b;
    }
    return b;
  }

  public NamedRules headers() {
    return new NamedRules(source.get(Category.HEADER), true);
  }

  public NamedRules query() {
    return new NamedRules(source.get(Category.QUERY), false);
  }

  public NamedRules metadata() {
    return new NamedRules(source.get(Category.METADATA), false);
  }

  public NamedRules path() {
    return new NamedRules(source.get(Category.PATH), false);
  }

  public NamedRules status() {
    return new NamedRules(source.get(Category.STATUS), false);
  }

  public NamedRules method() {
    return new NamedRules(source.get(Category.METHOD), false);
  }
}
