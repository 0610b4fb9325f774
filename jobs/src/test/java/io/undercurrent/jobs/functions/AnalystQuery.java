package io.undercurrent.jobs.functions;

import io.undercurrent.jobs.testing.RepositoryRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A curl command of the README's "Example analyst queries" section: the search path and its JSON body.
 */
record AnalystQuery(String path, String body) {

    private static final String SECTION = "### Example analyst queries";
    private static final Pattern CURL = Pattern.compile(
            "curl -s 'localhost:9200(/[^'?]*)[^']*' -H 'Content-Type: application/json' -d '(\\{.*?\\})'\\n",
            Pattern.DOTALL);

    static List<AnalystQuery> fromReadme() throws IOException {
        String text = Files.readString(RepositoryRoot.locate().resolve("README.md"));
        int start = text.indexOf(SECTION);
        if (start < 0) {
            throw new IllegalStateException("The README has no section '" + SECTION + "'");
        }
        int end = text.indexOf("\n### ", start + SECTION.length());
        return parse(text.substring(start, end < 0 ? text.length() : end));
    }

    private static List<AnalystQuery> parse(String section) {
        List<AnalystQuery> queries = new ArrayList<>();
        Matcher curl = CURL.matcher(section);
        while (curl.find()) {
            queries.add(new AnalystQuery(curl.group(1), curl.group(2)));
        }
        return queries;
    }
}
