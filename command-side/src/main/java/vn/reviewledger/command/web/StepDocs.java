package vn.reviewledger.command.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * What a {@link Step} argument stands for in the OpenAPI description: the review in the path,
 * {@code If-Match} with the version the sender saw (for one review's steps), and {@code ?wait=true}. Only where SpringDoc runs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "org.springdoc.core.customizers.OperationCustomizer")
class StepDocs {

    @Bean
    OperationCustomizer stepParameters() {
        return (operation, handler) -> takesStep(handler) ? describe(operation, handler) : operation;
    }

    private static boolean takesStep(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.getParameterType() == Step.class);
    }

    private static Operation describe(Operation operation, HandlerMethod handler) {
        List<Parameter> parameters = new ArrayList<>();
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        boolean oneReview = mapping != null && Arrays.stream(mapping.path()).anyMatch(p -> p.contains("{id}"));
        if (oneReview) {
            parameters.add(new PathParameter().name("id").required(true).schema(new StringSchema())
                    .description("The review"));
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        parameters.add(new QueryParameter().name("wait").required(false).schema(new BooleanSchema()._default(false))
                .description("true: answer once the read models show the change, so a read right after sees it"));
        if (oneReview) {
            parameters.add(new HeaderParameter().name(HttpHeaders.IF_MATCH).required(false)
                    .schema(new StringSchema().example("\"3\""))
                    .description("The review's version as last read (its ETag, or version of the last answer); "
                            + "another version is 412. Without it the step applies to the current version."));
        }
        operation.setParameters(parameters);
        return operation;
    }
}
