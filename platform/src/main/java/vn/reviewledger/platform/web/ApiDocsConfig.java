package vn.reviewledger.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What every operation of the OpenAPI description shares, said once instead of on every controller
 * method: how a caller signs in (HTTP Basic, or a bearer JWT under the production profile, see
 * {@code SecurityConfig}), the problem+json answers every error takes, the path parameters a custom
 * argument resolver stands for, and JSON instead of SpringDoc's {@code *}{@code /*} for bodies of
 * controllers that declare no media type. A client generator reads the description, so it must be
 * complete and stable: the server is relative (no host or port that changes with every start) and
 * the tags come sorted.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "org.springdoc.core.customizers.OpenApiCustomizer")
class ApiDocsConfig {

    static final String BASIC = "basic";
    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{([^}/]+)}");

    /** The answers an operation may give besides its success, by status. */
    private static final Map<String, String> PROBLEMS = new TreeMap<>(Map.of(
            "400", "The request is malformed or breaks a field rule; errors[] names each field",
            "401", "Not signed in (no or wrong credentials)",
            "403", "The role or the units of the signed-in user do not allow this",
            "404", "No such review, cycle or resource",
            "409", "A rule of the procedure refuses the command (rule names which), or a concurrent change",
            "412", "If-Match names a version that is no longer the review's (currentVersion says which is)",
            "429", "Too many requests from this user in the last minute"));

    @Bean
    OpenAPI reviewLedgerOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Review Ledger API").version("1")
                        .description("Annual party reviews (Regulations 124-QĐ/TW and 366-QĐ/TW): cycles, the steps "
                                + "of each review, reads, exports, audit and operations. Errors are RFC 9457 "
                                + "problem+json with a stable rule code; words in Vietnamese, English with "
                                + "Accept-Language: en."))
                .servers(List.of(new Server().url("/").description("This server")))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("The configured users (not under the production profile)"))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("A JWT from the organisation's identity provider (production profile)")))
                .security(List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(BEARER)));
    }

    @Bean
    OpenApiCustomizer commonApiParts() {
        return openApi -> {
            // SpringDoc fills the schemas in after the OpenAPI bean is read: added here, they stay.
            openApi.getComponents().addSchemas("FieldError", fieldError()).addSchemas(PROBLEM, problem());
            PROBLEMS.forEach((status, description) -> openApi.getComponents().addResponses(problemName(status),
                    new ApiResponse().description(description).content(problemContent())));
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                addMissingPathParameters(path, operation);
                jsonInsteadOfAnything(operation);
                addProblems(method, operation);
            }));
            if (openApi.getTags() != null) {
                openApi.setTags(sortedUniqueTags(openApi.getTags()));
            }
        };
    }

    private static Schema<?> fieldError() {
        return new ObjectSchema().description("One field that broke a rule")
                .addProperty("field", new StringSchema().example("selfRating"))
                .addProperty("message", new StringSchema().example("không được để trống"));
    }

    private static Schema<?> problem() {
        return new ObjectSchema().description("RFC 9457 problem details with the ledger's stable rule code")
                .addProperty("type", new StringSchema().format("uri")
                        .example("https://review-ledger.vn/problems/stage-order"))
                .addProperty("title", new StringSchema().example("Sai trình tự"))
                .addProperty("status", new IntegerSchema().example(409))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri"))
                .addProperty("rule", new StringSchema().description("A stable machine code, e.g. STAGE_ORDER, "
                        + "EXCELLENT_QUOTA, VALIDATION, STALE_VERSION, FORBIDDEN").example("STAGE_ORDER"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldError"))
                        .description("The fields that broke a rule (validation problems)"))
                .addProperty("values", new ObjectSchema().additionalProperties(true)
                        .description("The values the rule was judged on"))
                .addProperty("currentVersion", new IntegerSchema().format("int64")
                        .description("The review's version now (412 only)"))
                .required(List.of("type", "title", "status", "rule"));
    }

    /**
     * A path variable read by an argument resolver rather than {@code @PathVariable} (the review id
     * of a command step) is still part of the contract.
     */
    private static void addMissingPathParameters(String path, Operation operation) {
        Set<String> declared = operation.getParameters() == null ? Set.of() : operation.getParameters().stream()
                .filter(p -> "path".equals(p.getIn())).map(Parameter::getName).collect(Collectors.toSet());
        List<Parameter> missing = new ArrayList<>();
        Matcher m = TEMPLATE_VARIABLE.matcher(path);
        while (m.find()) {
            if (!declared.contains(m.group(1))) {
                missing.add(new PathParameter().name(m.group(1)).required(true).schema(new StringSchema()));
            }
        }
        if (!missing.isEmpty()) {
            List<Parameter> all = new ArrayList<>(missing);
            if (operation.getParameters() != null) {
                all.addAll(operation.getParameters());
            }
            operation.setParameters(all);
        }
    }

    private static void jsonInsteadOfAnything(Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        operation.getResponses().values().forEach(response -> {
            Content content = response.getContent();
            if (content != null && content.containsKey("*/*")) {
                MediaType any = content.remove("*/*");
                content.addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, any);
            }
        });
    }

    /** The problem answers that can reach this operation, unless the controller said more already. */
    private static void addProblems(PathItem.HttpMethod method, Operation operation) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean command = method == PathItem.HttpMethod.POST;
        boolean hasInput = operation.getRequestBody() != null
                || parameters.stream().anyMatch(p -> !"path".equals(p.getIn()));
        boolean hasPathVariable = parameters.stream().anyMatch(p -> "path".equals(p.getIn()));
        boolean hasIfMatch = parameters.stream().anyMatch(p -> "header".equals(p.getIn())
                && "If-Match".equalsIgnoreCase(p.getName()));
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        Map<String, Boolean> applies = new LinkedHashMap<>();
        applies.put("400", hasInput || command);
        applies.put("401", true);
        applies.put("403", true);
        applies.put("404", hasPathVariable);
        applies.put("409", command);
        applies.put("412", hasIfMatch);
        applies.put("429", true);
        applies.forEach((status, applicable) -> {
            ApiResponse declared = responses.get(status);
            if (declared != null) {
                // A controller may name the case in its own words; the body is still a problem.
                declared.setContent(problemContent());
            } else if (applicable) {
                responses.addApiResponse(status, new ApiResponse().$ref("#/components/responses/" + problemName(status)));
            }
        });
        operation.setResponses(sortedByStatus(responses));
    }

    /** The name of a shared problem answer, e.g. Problem409. */
    private static String problemName(String status) {
        return PROBLEM + status;
    }

    private static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    private static ApiResponses sortedByStatus(ApiResponses responses) {
        ApiResponses sorted = new ApiResponses();
        new TreeMap<>(responses).forEach(sorted::addApiResponse);
        return sorted;
    }

    /**
     * One tag per name (two controllers may share one, each describing it), in a stable order for
     * generated clients: the descriptions of one name are joined, in alphabetical order.
     */
    private static List<Tag> sortedUniqueTags(List<Tag> tags) {
        Map<String, Set<String>> descriptions = new TreeMap<>();
        tags.forEach(t -> {
            Set<String> words = descriptions.computeIfAbsent(t.getName(), n -> new TreeSet<>());
            if (t.getDescription() != null && !t.getDescription().isBlank()) {
                words.add(t.getDescription().strip());
            }
        });
        List<Tag> unique = new ArrayList<>();
        descriptions.forEach((name, words) -> unique.add(new Tag().name(name)
                .description(words.isEmpty() ? null : String.join("; ", words))));
        return unique;
    }
}
