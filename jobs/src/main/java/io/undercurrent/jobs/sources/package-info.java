/**
 * Posts in: the Kafka source of raw records and the adapters that turn each platform's payload into a canonical
 * {@link io.undercurrent.jobs.records.Post}.
 *
 * <p>Each topic has a {@link io.undercurrent.jobs.sources.PostFormat}. The source keeps records unparsed
 * ({@link io.undercurrent.jobs.records.RawRecord}); {@link io.undercurrent.jobs.functions.ParsePostFunction}
 * parses them with the topic's adapter and sends whatever fails, with the reason, to the dead letters.
 *
 * <h2>Canonical post JSON</h2>
 * One UTF-8 JSON object per Kafka record, written by {@link io.undercurrent.jobs.sources.CanonicalPostJson}:
 * <pre>{@code
 * {
 *   "id": "forum:8812",              // required; "<platform>:<native id>", globally unique, the document id
 *   "platform": "forum",             // required
 *   "community": "city-of-lyon",     // required; the broad community
 *   "microCommunity": "transport",   // required; the small group inside it
 *   "author": "camille",             // required
 *   "text": "Line B is down again",  // required; plain text
 *   "language": "fr",                // optional; ISO 639-1 when known
 *   "createdAt": "2024-05-01T08:15:00Z", // required; ISO-8601 with offset, or epoch milliseconds (number)
 *   "likes": 3, "replies": 1, "shares": 0, // optional integers, 0 when absent
 *   "parentId": "forum:8790",        // optional; id of the post replied to
 *   "threadId": "forum:8790",        // optional; id of the conversation's root post
 *   "url": "https://forum.example/t/8812" // optional
 * }
 * }</pre>
 * Unknown fields are ignored.
 *
 * <h2>Ids per platform</h2>
 * Every id starts with its platform and a colon; see each adapter for its mapping:
 * {@code mastodon:<home host>:<status id>}, {@code reddit:<fullname>}, {@code discord:<message id>},
 * {@code discourse:<site>:<topic id>:<post number>}.
 *
 * <h2>What every adapter checks</h2>
 * Payloads over {@link io.undercurrent.jobs.sources.JsonPostAdapter#MAX_PAYLOAD_BYTES} are refused unread; the
 * payload must be one JSON object; required fields must be present with the right type; the resulting post must
 * have a non-blank id, platform, community, microCommunity, author and text, and a createdAt after 1970.
 */
package io.undercurrent.jobs.sources;
