package vn.reviewledger.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test that needs the PostgreSQL server of {@link PostgresDatabases}. Without one it is skipped,
 * saying why, so {@code mvn verify} passes on a machine without PostgreSQL; with
 * {@code REVIEWLEDGER_TEST_PG_REQUIRED=true} (set by {@code .ci/run} where PostgreSQL is installed)
 * it fails instead, so CI cannot go green without the PostgreSQL runs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(RequiresPostgres.Condition.class)
public @interface RequiresPostgres {

    class Condition implements ExecutionCondition {

        private static volatile boolean told;

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String why = PostgresDatabases.whyUnreachable();
            if (why == null) {
                return ConditionEvaluationResult.enabled("PostgreSQL answers at " + PostgresDatabases.adminUrl());
            }
            String message = "PostgreSQL tests skipped: no server at " + PostgresDatabases.adminUrl() + " (" + why
                    + "). Start one, or point REVIEWLEDGER_TEST_PG_URL at one.";
            if ("true".equalsIgnoreCase(System.getenv("REVIEWLEDGER_TEST_PG_REQUIRED"))) {
                throw new IllegalStateException("REVIEWLEDGER_TEST_PG_REQUIRED is set, but " + message);
            }
            if (!told) {
                told = true;
                System.err.println("WARNING: " + message);
            }
            return ConditionEvaluationResult.disabled(message);
        }
    }
}
