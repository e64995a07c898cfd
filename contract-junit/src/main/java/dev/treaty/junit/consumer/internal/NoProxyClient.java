package dev.treaty.junit.consumer.internal;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.http.client.HttpClient;
import com.github.tomakehurst.wiremock.http.client.HttpClientFactory;
import java.io.IOException;

/**
 * Stands in for WireMock's proxy HTTP client: Treaty's mock never proxies, and building WireMock's
 * default client (Apache HttpClient plus a TLS trust store) slows the first mock of a JVM.
 */
final class NoProxyClient implements HttpClient {
  static final HttpClientFactory FACTORY = (options, trustAllCertificates, trustedHosts, useSystemProperties)
      -> new NoProxyClient();

  @Override
  public Response execute(Request request) throws IOException {
    throw new IOException("Treaty's mock provider does not proxy requests (" + request.getAbsoluteUrl() + ")");
  }
}
