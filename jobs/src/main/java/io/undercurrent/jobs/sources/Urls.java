package io.undercurrent.jobs.sources;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Host names from the URLs platforms send, for ids and community names. */
final class Urls {

    private Urls() {}

    /** Lower-case host of an absolute URL; {@code path} names the field in the reason when it has none. */
    static String host(String url, String path) throws MalformedPostException {
        try {
            String host = new URI(url).getHost();
            if (host != null && !host.isBlank()) {
                return host.toLowerCase(Locale.ROOT);
            }
        } catch (URISyntaxException e) {
            // reported below with the field it came from
        }
        throw new MalformedPostException("invalid URL in " + path + ": " + JsonFields.quote(url)
                + " has no host");
    }
}
