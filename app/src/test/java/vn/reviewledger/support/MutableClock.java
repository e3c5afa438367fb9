package vn.reviewledger.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** The application clock in tests: real time, plus an offset a test moves forward. */
public final class MutableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;
    private final ZoneId zone;

    public MutableClock() {
        this(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    private MutableClock(ZoneId zone) {
        this.zone = zone;
    }

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        MutableClock c = new MutableClock(other);
        c.offset = offset;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return other;
            }

            @Override
            public Clock withZone(ZoneId z) {
                return MutableClock.this.withZone(z);
            }

            @Override
            public Instant instant() {
                return MutableClock.this.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
