package vn.reviewledger.command.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact share arithmetic: "more than half of 10" must be 6, never a rounding accident. */
final class Shares {

    private Shares() {
    }

    /** True when {@code count > share × total}. */
    static boolean exceeds(long count, long total, BigDecimal share) {
        return BigDecimal.valueOf(count).compareTo(share.multiply(BigDecimal.valueOf(total))) > 0;
    }

    /** The smallest whole count strictly above {@code share × total}. */
    static long smallestAbove(long total, BigDecimal share) {
        BigDecimal limit = share.multiply(BigDecimal.valueOf(total));
        return limit.setScale(0, RoundingMode.FLOOR).longValueExact() + 1;
    }

    /** The largest whole count at or below {@code share × total}. */
    static long atMost(long total, BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(total)).setScale(0, RoundingMode.FLOOR).longValueExact();
    }
}
