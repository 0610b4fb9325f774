package io.undercurrent.nlp.eval;

import java.util.List;

/**
 * Labelled posts read from one file.
 *
 * @param name file name, for reports
 * @param posts the posts in file order
 * @param binary gold labels are only negative and positive (e.g. SST-2): systems are judged on the sign of their
 *     score
 */
public record Dataset(String name, List<LabelledPost> posts, boolean binary) {

    public Dataset {
        posts = List.copyOf(posts);
    }
}
