package dev.treaty.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentTypeDetectorTest {

  private static String detect(String text) {
    return ContentTypeDetector.detect(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void magicBytesIdentifyImagesAndArchives() {
    assertThat(ContentTypeDetector.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10})).isEqualTo("image/png");
    assertThat(ContentTypeDetector.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).isEqualTo("image/jpeg");
    assertThat(detect("%PDF-1.7")).isEqualTo("application/pdf");
    assertThat(ContentTypeDetector.detect(new byte[] {'P', 'K', 3, 4})).isEqualTo("application/zip");
    assertThat(ContentTypeDetector.detect(new byte[] {(byte) 0xC3, (byte) 0x28})).isEqualTo("application/octet-stream");
  }

  @Test
  void textIsClassifiedAsJsonXmlHtmlOrPlain() {
    assertThat(detect("{\"a\":1}")).isEqualTo("application/json");
    assertThat(detect("{not json")).isEqualTo("text/plain");
    assertThat(detect("<?xml version='1.0'?><a/>")).isEqualTo("application/xml");
    assertThat(detect("<!DOCTYPE html><html/>")).isEqualTo("text/html");
    assertThat(detect("hello")).isEqualTo("text/plain");
  }

  @Test
  void jsonAndXmlFamiliesMatchEachOther() {
    assertThat(ContentTypeDetector.matches("application/hal+json", "application/json")).isTrue();
    assertThat(ContentTypeDetector.matches("text/xml", "application/xml")).isTrue();
    assertThat(ContentTypeDetector.matches("image/png", "image/jpeg")).isFalse();
  }
}
