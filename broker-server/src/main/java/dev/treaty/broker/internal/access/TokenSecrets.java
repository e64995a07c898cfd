package dev.treaty.broker.internal.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Token secrets: 32 random bytes, shown once as {@code trt_<base64url>}; only their SHA-256 is
 * stored. A fast hash is right here: the secrets are random and long, so there is nothing to
 * guess, unlike passwords.
 */
public final class TokenSecrets {
  static final String PREFIX = "trt_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private TokenSecrets() {}

  public static String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The lowercase hex SHA-256 of the secret's UTF-8 bytes. */
  public static String sha256(String secret) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Compares two secrets in time that does not depend on where they differ. */
  static boolean same(String a, String b) {
    return MessageDigest.isEqual(sha256(a).getBytes(StandardCharsets.US_ASCII), sha256(b).getBytes(StandardCharsets.US_ASCII));
  }
}
