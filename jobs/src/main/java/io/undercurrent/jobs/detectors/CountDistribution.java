package io.undercurrent.jobs.detectors;

/**
 * How surprising a count is, as a standard-normal quantile, under a negative binomial forecast: Poisson noise
 * around a rate that itself varies log-normally with variance {@code extraLogVariance}. Uses mid-p tails, so a
 * discrete count of 1 where 0.1 is expected is judged as the modest surprise it is, not as an infinite ratio.
 */
final class CountDistribution {
    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
    private static final double LOG_TAIL_EPSILON = Math.log(1e-17);

    private CountDistribution() {}

    /** Standard-normal quantile of how far above {@code mean} the count is; negative when it is below. */
    static double sigmas(double count, double mean, double extraLogVariance) {
        double mu = Math.max(mean, 1e-6);
        double size = 1.0 / Math.max(Math.expm1(extraLogVariance), 1e-9);
        double p = size / (size + mu);
        long k = Math.round(Math.max(0.0, count));
        double logPmf = logPmf(k, size, p);
        if (k >= mu) {
            double logAbove = logUpperTail(k + 1, size, p);
            return normalQuantileOfLogUpperTail(logSumExp(logAbove, logPmf - Math.log(2)));
        }
        double logBelow = k == 0 ? Double.NEGATIVE_INFINITY : logLowerTail(k - 1, size, p);
        return -normalQuantileOfLogUpperTail(logSumExp(logBelow, logPmf - Math.log(2)));
    }

    /** log P(X = k) for a negative binomial with {@code size} and success probability {@code p}. */
    static double logPmf(long k, double size, double p) {
        return logGamma(k + size) - logGamma(size) - logGamma(k + 1.0) + size * Math.log(p) + k * Math.log1p(-p);
    }

    /** log P(X >= from), summing terms until they stop mattering (they shrink geometrically above the mean). */
    private static double logUpperTail(long from, double size, double p) {
        double logTerm = logPmf(from, size, p);
        double logSum = logTerm;
        for (long k = from; k < from + 100_000; k++) {
            logTerm += Math.log((k + size) / (k + 1.0)) + Math.log1p(-p);
            logSum = logSumExp(logSum, logTerm);
            if (logTerm - logSum < LOG_TAIL_EPSILON) {
                break;
            }
        }
        return logSum;
    }

    /** log P(X <= to), summing downwards from {@code to}. */
    private static double logLowerTail(long to, double size, double p) {
        double logTerm = logPmf(to, size, p);
        double logSum = logTerm;
        for (long k = to; k > 0; k--) {
            logTerm += Math.log(k / (k - 1 + size)) - Math.log1p(-p);
            logSum = logSumExp(logSum, logTerm);
            if (logTerm - logSum < LOG_TAIL_EPSILON) {
                break;
            }
        }
        return logSum;
    }

    /** The z with P(Z > z) = exp(logTail), accurate far into the tail. */
    static double normalQuantileOfLogUpperTail(double logTail) {
        if (logTail >= Math.log(1e-12)) {
            return -inverseNormal(Math.min(1.0, Math.exp(logTail)));
        }
        // Mills-ratio asymptote, refined by Newton steps on log Q(z).
        double z = Math.sqrt(-2 * logTail);
        for (int i = 0; i < 20; i++) {
            double logQ = -0.5 * z * z - Math.log(z) - LOG_SQRT_2PI + Math.log1p(-1 / (z * z) + 3 / (z * z * z * z));
            double slope = -z - 1 / z;
            double next = z - (logQ - logTail) / slope;
            if (Math.abs(next - z) < 1e-9) {
                return next;
            }
            z = next;
        }
        return z;
    }

    /** Acklam's rational approximation of the standard normal quantile (relative error below 1.2e-9). */
    static double inverseNormal(double p) {
        if (p <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p >= 1) {
            return Double.POSITIVE_INFINITY;
        }
        double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
            1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
        double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
            6.680131188771972e+01, -1.328068155288572e+01};
        double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
            -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
        double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
        double low = 0.02425;
        if (p < low) {
            double q = Math.sqrt(-2 * Math.log(p));
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        if (p > 1 - low) {
            double q = Math.sqrt(-2 * Math.log1p(-p));
            return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }

    /** Lanczos approximation (g = 7, n = 9) of log Gamma(x) for x > 0. */
    static double logGamma(double x) {
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        double[] g = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7};
        x -= 1;
        double sum = g[0];
        for (int i = 1; i < g.length; i++) {
            sum += g[i] / (x + i);
        }
        double t = x + 7.5;
        return LOG_SQRT_2PI + (x + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    private static double logSumExp(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) {
            return b;
        }
        if (b == Double.NEGATIVE_INFINITY) {
            return a;
        }
        double max = Math.max(a, b);
        return max + Math.log(Math.exp(a - max) + Math.exp(b - max));
    }
}
