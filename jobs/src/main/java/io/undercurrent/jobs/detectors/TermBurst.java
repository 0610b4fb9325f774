package io.undercurrent.jobs.detectors;

/**
 * A term used far more than usual in one window.
 *
 * @param term     the term
 * @param posts    posts using it in the window
 * @param expected its usual posts per window
 * @param evidence 1 at the alarm level (every condition just met)
 */
public record TermBurst(String term, int posts, double expected, double evidence) {
}
