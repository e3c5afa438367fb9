package vn.reviewledger.command.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConversionException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.reviewledger.command.rules.RuleMessages;
import vn.reviewledger.command.rules.RuleViolation;
import vn.reviewledger.platform.web.Problems;

/**
 * Turns every failure of a command request into RFC 9457 problem+json with a stable {@code rule}
 * code and words in the caller's language (Vietnamese unless {@code Accept-Language: en}). A
 * user's mistake is never a 500, and no response carries a stack trace.
 */
@RestControllerAdvice(basePackageClasses = CommandProblemAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CommandProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(CommandProblemAdvice.class);

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolation(RuleViolation v, Locale locale) {
        HttpStatus status = switch (v.kind()) {
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
        String message = v.message(locale);
        ProblemDetail p = Problems.problem(status, v.rule(), message, locale);
        if (v.field() != null) {
            p.setProperty("errors", List.of(fieldError(v.field(), message)));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        v.args().forEach((k, val) -> values.put(k, val instanceof Iterable<?> || val instanceof Enum<?>
                || val instanceof Number || val instanceof Boolean || val == null ? val : String.valueOf(val)));
        p.setProperty("values", values);
        return p;
    }

    @ExceptionHandler(CommandExecutionException.class)
    ProblemDetail commandExecution(CommandExecutionException e, Locale locale) {
        // Across a distributed command bus the original exception arrives wrapped.
        if (e.getCause() instanceof RuleViolation v) {
            return ruleViolation(v, locale);
        }
        return unexpected(e, locale);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException e, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "NOT_FOUND",
                RuleMessages.render("NOT_FOUND", Map.of("id", String.valueOf(e.getAggregateIdentifier())), locale), locale);
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail staleVersion(ConflictingAggregateVersionException e, Locale locale) {
        ProblemDetail p = problem(HttpStatus.PRECONDITION_FAILED, "STALE_VERSION", RuleMessages.render("STALE_VERSION",
                Map.of("expected", e.getExpectedVersion(), "actual", e.getActualVersion()), locale), locale);
        p.setProperty("currentVersion", e.getActualVersion());
        return p;
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ProblemDetail alreadyExists(AggregateStreamCreationException e, Locale locale) {
        return problem(HttpStatus.CONFLICT, "CONFLICT", RuleMessages.render("ALREADY_EXISTS", Map.of(), locale), locale);
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrency(ConcurrencyException e, Locale locale) {
        return problem(HttpStatus.CONFLICT, "CONFLICT", RuleMessages.render("CONCURRENT_CHANGE", Map.of(), locale), locale);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException e, Locale locale) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError fe : e.getBindingResult().getFieldErrors()) {
            errors.add(fieldError(fe.getField(), constraintMessage(fe.getCode(), fe.getArguments(), locale)));
        }
        e.getBindingResult().getGlobalErrors().forEach(ge ->
                errors.add(fieldError(ge.getObjectName(), constraintMessage(ge.getCode(), ge.getArguments(), locale))));
        return validation(errors, locale);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameters(HandlerMethodValidationException e, Locale locale) {
        List<Map<String, String>> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err ->
                errors.add(fieldError(r.getMethodParameter().getParameterName(),
                        constraintMessage(err.getCodes() == null ? null : last(err.getCodes()), err.getArguments(), locale)))));
        return validation(errors, locale);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e, Locale locale) {
        Throwable cause = e.getCause();
        if (cause instanceof InvalidFormatException ife && ife.getTargetType() != null && ife.getTargetType().isEnum()) {
            String field = path(ife);
            String allowed = Arrays.stream(ife.getTargetType().getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            return validation(List.of(fieldError(field, RuleMessages.render("UNKNOWN_VALUE",
                    Map.of("value", String.valueOf(ife.getValue()), "allowed", allowed), locale))), locale);
        }
        if (cause instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
            return validation(List.of(fieldError(path(jme), RuleMessages.render("WRONG_TYPE", Map.of(), locale))), locale);
        }
        if (cause instanceof JsonProcessingException) {
            return validation(List.of(fieldError("body", RuleMessages.render("MALFORMED_JSON", Map.of(), locale))), locale);
        }
        return validation(List.of(fieldError("body", RuleMessages.render("BODY_REQUIRED", Map.of(), locale))), locale);
    }

    /**
     * Jackson reports some malformed bodies (a duplicate key on a one-field record, a number where
     * a date goes) as a type-definition problem rather than unreadable input; they are still the
     * client's input. A response that cannot be written is ours, and stays a 500.
     */
    @ExceptionHandler(HttpMessageConversionException.class)
    ProblemDetail unconvertible(HttpMessageConversionException e, Locale locale) {
        if (e instanceof HttpMessageNotWritableException) {
            return unexpected(e, locale);
        }
        return validation(List.of(fieldError("body", RuleMessages.render("WRONG_TYPE", Map.of(), locale))), locale);
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ProblemDetail missingHeader(MissingRequestHeaderException e, Locale locale) {
        return validation(List.of(fieldError(e.getHeaderName(), constraintMessage("NotNull", null, locale))), locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        return validation(List.of(fieldError(e.getName(), RuleMessages.render("WRONG_TYPE", Map.of(), locale))), locale);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(HttpMediaTypeNotSupportedException e, Locale locale) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "VALIDATION",
                RuleMessages.render("MEDIA_TYPE", Map.of("type", String.valueOf(e.getContentType())), locale), locale);
    }

    @ExceptionHandler(NoHandlerForCommandException.class)
    ProblemDetail noHandler(NoHandlerForCommandException e, Locale locale) {
        return unexpected(e, locale);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, Locale locale) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            if (root.getCause() instanceof RuleViolation v) {
                return ruleViolation(v, locale);
            }
            root = root.getCause();
        }
        if (e instanceof org.springframework.web.ErrorResponse er) {
            HttpStatus status = HttpStatus.valueOf(er.getStatusCode().value());
            return problem(status, status.is4xxClientError() ? "VALIDATION" : "INTERNAL", er.getBody().getDetail(), locale);
        }
        log.error("Unexpected failure of a command request", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL", RuleMessages.render("INTERNAL", Map.of(), locale), locale);
    }

    private static String last(String[] codes) {
        return codes.length == 0 ? null : codes[codes.length - 1];
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }

    private static String constraintMessage(String code, Object[] arguments, Locale locale) {
        Map<String, Object> args = new LinkedHashMap<>();
        // Bean Validation passes the constraint's attributes after the field name, in alphabetical order.
        if (arguments != null && arguments.length > 1) {
            for (int i = 1; i < arguments.length; i++) {
                args.put("a" + i, arguments[i]);
            }
        }
        return RuleMessages.render("validation." + (code == null ? "Invalid" : code), args, locale);
    }

    private static Map<String, String> fieldError(String field, String message) {
        return Problems.fieldError(field, message);
    }

    private static ProblemDetail validation(List<Map<String, String>> errors, Locale locale) {
        return Problems.invalid(errors, locale);
    }

    private static ProblemDetail problem(HttpStatus status, String rule, String detail, Locale locale) {
        return Problems.problem(status, rule, detail, locale);
    }
}
