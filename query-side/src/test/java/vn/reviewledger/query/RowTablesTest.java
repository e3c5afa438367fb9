package vn.reviewledger.query;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JDBC paths (the live batch and the rebuild) write a read model through its {@link RowTable};
 * the queries read it through JPA. A column added to an entity and forgotten in its table would keep
 * a stale value through every live batch and rebuild, so each table must name exactly the entity's
 * mapped columns, the key's first.
 */
class RowTablesTest {

    @ParameterizedTest
    @ValueSource(strings = {"vn.reviewledger.query.review.ReviewSummaryEntity",
            "vn.reviewledger.query.review.ReviewEventEntity", "vn.reviewledger.query.tasks.TaskEntity",
            "vn.reviewledger.query.progress.ProgressReviewEntity"})
    void eachTableNamesExactlyItsEntitysColumnsKeyFirst(String entityName) throws Exception {
        Class<?> entity = Class.forName(entityName);
        assertThat(entity.isAnnotationPresent(Entity.class)).isTrue();
        Field field = entity.getDeclaredField("TABLE");
        field.setAccessible(true);
        RowTable<?> table = (RowTable<?>) field.get(null);

        List<String> mapped = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Field f : entity.getDeclaredFields()) {
            Column column = f.getAnnotation(Column.class);
            if (column == null || Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            mapped.add(column.name());
            if (f.isAnnotationPresent(jakarta.persistence.Id.class)) {
                keys.add(column.name());
            }
        }
        assertThat(table.columns()).containsExactlyInAnyOrderElementsOf(mapped);
        assertThat(table.keys()).isEqualTo(keys.size());
        assertThat(List.of(table.columns()).subList(0, table.keys())).containsExactlyElementsOf(keys);
        assertThat(table.name()).isEqualTo(entity.getAnnotation(jakarta.persistence.Table.class).name());
    }
}
