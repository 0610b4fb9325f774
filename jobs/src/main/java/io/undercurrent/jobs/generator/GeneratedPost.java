package io.undercurrent.jobs.generator;

import io.undercurrent.jobs.records.Post;
import io.undercurrent.nlp.SentimentLabel;

/**
 * A generated post with the truth behind it, for tests, evaluations and backtests.
 *
 * @param language the language its text is written in (ISO 639-1), whether or not the platform reports it
 * @param intendedSentiment the sentiment its text was written to express (never UNSUPPORTED)
 * @param crisis whether it belongs to the scripted crisis: posted in the crisis micro-community during the crisis
 */
public record GeneratedPost(Post post, String language, SentimentLabel intendedSentiment, boolean crisis) {}
