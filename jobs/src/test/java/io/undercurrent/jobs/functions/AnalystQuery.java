package io.undercurrent.jobs.functions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A curl command of the README's "Example analyst queries" section: the search path and its JSON body. Read from the
 * repository's README, or from the micro-map section's own file until that is merged into it.
 */
record AnalystQuery(String path, String body) {

    private static final String SECTION = "### Example analyst queries";
    private static final List<Path> READMES = List.of(Path.of("../README.md"), Path.of("README-micromaps.md"));
    private static final Pattern CURL = Pattern.compile(
            "curl -s 'localhost:9200(/[^'?]*)[^']*' -H 'Content-Type: application/json' -d '(\\{.*?\\})'\\n",
            Pattern.DOTALL);

    static List<AnalystQuery> fromReadme() throws IOException {
        for (Path readme : READMES) {
            if (Files.isRegularFile(readme)) {
                String text = Files.readString(readme);
                int start = text.indexOf(SECTION);
                if (start >= 0) {
                    int end = text.indexOf("\n### ", start + SECTION.length());
                    return parse(text.substring(start, end < 0 ? text.length() : end));
                }
            }
        }
        throw new IllegalStateException("No README with a section '" + SECTION + "' in " + READMES);
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
