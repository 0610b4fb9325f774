package io.undercurrent.nlp.eval;

import io.undercurrent.nlp.Sentiment;
import io.undercurrent.nlp.SentimentLabel;
import java.util.List;
import java.util.Locale;

/**
 * Scores a system's verdicts against gold labels: accuracy, macro-F1, per-class F1, confusion matrix, Pearson r
 * against gold scores, and the expected calibration error of the confidence. On binary data (SST-2) a verdict
 * counts as positive when its score is at least 0, the same rule for every system.
 */
public final class Evaluation {

    private static final int CALIBRATION_BINS = 10;

    private final boolean binary;
    private final List<SentimentLabel> classes;
    private final long[][] confusion;
    private final double[] binConfidence = new double[CALIBRATION_BINS];
    private final double[] binCorrect = new double[CALIBRATION_BINS];
    private final long[] binCount = new long[CALIBRATION_BINS];
    private long unsupported;
    private long scored;
    private double sumX;
    private double sumY;
    private double sumXx;
    private double sumYy;
    private double sumXy;

    public Evaluation(boolean binary) {
        this.binary = binary;
        this.classes = binary ? List.of(SentimentLabel.NEGATIVE, SentimentLabel.POSITIVE)
                : List.of(SentimentLabel.NEGATIVE, SentimentLabel.NEUTRAL, SentimentLabel.POSITIVE);
        this.confusion = new long[classes.size()][classes.size()];
    }

    public void add(LabelledPost gold, Sentiment verdict) {
        if (!verdict.supported()) {
            unsupported++;
        }
        SentimentLabel predicted = predictedLabel(verdict);
        boolean correct = predicted == gold.label();
        confusion[classes.indexOf(gold.label())][classes.indexOf(predicted)]++;
        if (!binary && verdict.supported()) {
            int bin = Math.min(CALIBRATION_BINS - 1, (int) (verdict.confidence() * CALIBRATION_BINS));
            binConfidence[bin] += verdict.confidence();
            binCorrect[bin] += correct ? 1 : 0;
            binCount[bin]++;
        }
        if (gold.hasGoldScore()) {
            double x = verdict.score();
            double y = gold.goldScore();
            scored++;
            sumX += x;
            sumY += y;
            sumXx += x * x;
            sumYy += y * y;
            sumXy += x * y;
        }
    }

    private SentimentLabel predictedLabel(Sentiment verdict) {
        if (binary) {
            return verdict.score() >= 0 ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE;
        }
        return verdict.supported() ? verdict.label() : SentimentLabel.NEUTRAL;
    }

    public long total() {
        long total = 0;
        for (long[] row : confusion) {
            for (long count : row) {
                total += count;
            }
        }
        return total;
    }

    public double accuracy() {
        long correct = 0;
        for (int i = 0; i < classes.size(); i++) {
            correct += confusion[i][i];
        }
        return total() == 0 ? 0 : (double) correct / total();
    }

    public double f1(SentimentLabel label) {
        int k = classes.indexOf(label);
        long truePositives = confusion[k][k];
        long predicted = 0;
        long actual = 0;
        for (int i = 0; i < classes.size(); i++) {
            predicted += confusion[i][k];
            actual += confusion[k][i];
        }
        if (truePositives == 0) {
            return 0;
        }
        double precision = (double) truePositives / predicted;
        double recall = (double) truePositives / actual;
        return 2 * precision * recall / (precision + recall);
    }

    public double macroF1() {
        double sum = 0;
        for (SentimentLabel label : classes) {
            sum += f1(label);
        }
        return sum / classes.size();
    }

    /** Pearson correlation of scores with gold scores, NaN where the data has none. */
    public double pearson() {
        if (scored < 2) {
            return Double.NaN;
        }
        double covariance = sumXy - sumX * sumY / scored;
        double varianceX = sumXx - sumX * sumX / scored;
        double varianceY = sumYy - sumY * sumY / scored;
        return covariance / Math.sqrt(varianceX * varianceY);
    }

    /** Expected calibration error of the confidence (3-class data only), NaN on binary data. */
    public double calibrationError() {
        long total = 0;
        double error = 0;
        for (int b = 0; b < CALIBRATION_BINS; b++) {
            if (binCount[b] > 0) {
                error += Math.abs(binConfidence[b] - binCorrect[b]);
                total += binCount[b];
            }
        }
        return total == 0 ? Double.NaN : error / total;
    }

    public List<SentimentLabel> classes() {
        return classes;
    }

    public long confusion(SentimentLabel gold, SentimentLabel predicted) {
        return confusion[classes.indexOf(gold)][classes.indexOf(predicted)];
    }

    public long unsupported() {
        return unsupported;
    }

    /** Human-readable report: metrics, per-class F1 and the confusion matrix (rows gold, columns predicted). */
    public String report(String system) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s: n=%d accuracy=%.4f macroF1=%.4f", system, total(), accuracy(),
                macroF1()));
        if (!Double.isNaN(pearson())) {
            out.append(String.format(Locale.ROOT, " pearson=%.4f", pearson()));
        }
        if (!Double.isNaN(calibrationError())) {
            out.append(String.format(Locale.ROOT, " ECE=%.4f", calibrationError()));
        }
        out.append(" unsupported=").append(unsupported).append('\n');
        out.append("  F1:");
        for (SentimentLabel label : classes) {
            out.append(String.format(Locale.ROOT, " %s=%.4f", label.wireName(), f1(label)));
        }
        out.append('\n').append(String.format(Locale.ROOT, "  %-10s", "gold\\pred"));
        for (SentimentLabel label : classes) {
            out.append(String.format(Locale.ROOT, "%10s", label.wireName()));
        }
        out.append('\n');
        for (SentimentLabel gold : classes) {
            out.append(String.format(Locale.ROOT, "  %-10s", gold.wireName()));
            for (SentimentLabel predicted : classes) {
                out.append(String.format(Locale.ROOT, "%10d", confusion(gold, predicted)));
            }
            out.append('\n');
        }
        return out.toString();
    }
}
