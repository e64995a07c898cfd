package dev.treaty.junit.consumer.internal;

import dev.treaty.contract.HttpInteraction;
import dev.treaty.contract.HttpRequest;
import dev.treaty.matching.MatchResult;

/**
 * A request that matched no declared interaction, with the closest interaction and why it missed
 * ({@code closest} is null when nothing was declared).
 */
record UnexpectedRequest(HttpRequest request, HttpInteraction closest, MatchResult result) {}
