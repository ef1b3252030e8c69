package io.jenkins.plugins.skylark.deploy.release.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How values appear in logs and reasons: at most four decimals, no trailing zeros, no exponent. */
final class Numbers {
    private Numbers() {
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static String format(Double value) {
        return value == null ? "-" : format(value.doubleValue());
    }
}
