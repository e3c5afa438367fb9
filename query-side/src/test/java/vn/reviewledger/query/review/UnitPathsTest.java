package vn.reviewledger.query.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The path strings and their ranges: a subtree is exactly the paths in [path, end(path)). */
class UnitPathsTest {

    @Test
    void idsAreEncodedSoThatASlashOnlySeparates() {
        // The same strings migration V70 builds in SQL for older rows.
        assertThat(UnitPaths.of(List.of("root", "d/1", "c%1"))).isEqualTo("/root/d%2F1/c%251/");
        assertThat(UnitPaths.of(List.of())).isNull();
        assertThat(UnitPaths.of(null)).isNull();
    }

    @Test
    void theRangeHoldsTheSubtreeAndNothingElse() {
        String d3 = UnitPaths.of(List.of("root", "d3"));
        String end = UnitPaths.end(d3);
        assertThat(end).isEqualTo("/root/d30");
        for (String inside : List.of(d3, "/root/d3/c1/", "/root/d3/c1/x/", "/root/d3/!/", "/root/d3/~/")) {
            assertThat(inside.compareTo(d3) >= 0 && inside.compareTo(end) < 0).as(inside).isTrue();
        }
        // Siblings whose ids start the same, the parent, and ids with characters either side of '/'.
        for (String outside : List.of("/root/", "/root/d30/", "/root/d3-x/", "/root/d3!/", "/root/d3.b/",
                "/root/d4/", "/root/d2/", "/root/d3%2Fx/")) {
            assertThat(outside.compareTo(d3) >= 0 && outside.compareTo(end) < 0).as(outside).isFalse();
        }
    }
}
