package dev.treaty.verify.internal;

import dev.treaty.contract.Contract;
import dev.treaty.json.ContractParseException;
import dev.treaty.json.PactReader;
import dev.treaty.verify.ContractSource;
import dev.treaty.verify.ContractSourceException;
import dev.treaty.verify.LoadedContract;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** A pact file fetched with HTTP GET, delivered when its provider is the one asked for. */
public final class UrlContractSource implements ContractSource {
  private final URI url;
  private final Duration timeout;

  public UrlContractSource(URI url, Duration timeout) {
    this.url = url;
    this.timeout = timeout;
  }

  @Override
  public List<LoadedContract> load(String provider) {
    Contract contract = fetch();
    return contract.provider().equals(provider) ? List.of(LoadedContract.of(contract, url.toString())) : List.of();
  }

  @Override
  public String describe() {
    return "URL " + url;
  }

  private Contract fetch() {
    OkHttpClient client = new OkHttpClient.Builder()
        .callTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .build();
    Request request = new Request.Builder().url(url.toString()).header("Accept", "application/json").get().build();
    try (Response response = client.newCall(request).execute()) {
      String body = response.body().string();
      if (!response.isSuccessful()) {
        throw new ContractSourceException("contract URL " + url + " answered HTTP " + response.code()
            + "; expected 200 with a pact file");
      }
      return PactReader.read(body, url.toString());
    } catch (ContractParseException e) {
      throw new ContractSourceException("contract URL " + url + " did not return a valid pact: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new ContractSourceException("contract URL " + url + " cannot be fetched: "
          + ProviderStates.describe(e), e);
    } finally {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }
}
