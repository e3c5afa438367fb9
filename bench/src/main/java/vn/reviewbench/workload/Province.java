package vn.reviewbench.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.reviewledger.kernel.common.Rating;

/**
 * One province's organization tree and its subjects, generated from a seed: a provincial committee,
 * about 40 district committees, and under them cells, each with members. The same seed gives the
 * same units, the same subjects and the same ratings, so both engines get identical data.
 */
public final class Province {

    public static final String ROOT = "tinh-uy";
    public static final int DISTRICTS = 40;

    public record UnitSpec(String id, String name, String parentId) {
    }

    /** One review to drive: who, where, in which quota group, to which rating. */
    public record Subject(int index, String id, String name, String unitId, String quotaGroupId, Rating rating) {
    }

    public final List<UnitSpec> units = new ArrayList<>();
    public final List<String> quotaGroups = new ArrayList<>();
    public final List<Subject> subjects = new ArrayList<>();

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quang"};
    private static final String[] GIVEN = {"An", "Bình", "Châu", "Dũng", "Hà", "Hải", "Hương", "Khánh", "Lan", "Long",
            "Mai", "Nam", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trung", "Tuấn", "Yến"};

    /**
     * @param subjects how many subjects (the province: 50,000)
     * @param units    about how many units in all (the province: about 2,000)
     */
    public static Province generate(long seed, int subjects, int units) {
        Province p = new Province();
        Random random = new Random(seed);
        p.units.add(new UnitSpec(ROOT, "Tỉnh ủy", null));
        int cells = Math.max(1, units - 1 - DISTRICTS);
        for (int d = 0; d < DISTRICTS; d++) {
            p.units.add(new UnitSpec("dv-" + d, "Đảng bộ huyện " + (d + 1), ROOT));
            p.quotaGroups.add("g-dv-" + d);
        }
        for (int c = 0; c < cells; c++) {
            int district = c % DISTRICTS;
            p.units.add(new UnitSpec("cb-" + c, "Chi bộ " + (c + 1) + " huyện " + (district + 1), "dv-" + district));
        }
        for (int i = 0; i < subjects; i++) {
            int cell = random.nextInt(cells);
            String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                    + GIVEN[random.nextInt(GIVEN.length)];
            // Good or complete only: the Excellent quota is exercised by the app's own tests; here
            // every review must reach its announcement whatever the order of the decisions.
            Rating rating = random.nextInt(100) < 80 ? Rating.GOOD : Rating.COMPLETE;
            p.subjects.add(new Subject(i, "dv%06d".formatted(i), name, "cb-" + cell, "g-dv-" + (cell % DISTRICTS),
                    rating));
        }
        return p;
    }
}
