package dev.treaty.broker.internal.http;

import dev.treaty.broker.internal.store.Database;
import dev.treaty.broker.server.BrokerConfig;
import java.time.Clock;

/** What every route group needs: configuration, the database, link building and the clock. */
public record BrokerContext(BrokerConfig config, Database database, BaseUrls baseUrls, Clock clock) {}
