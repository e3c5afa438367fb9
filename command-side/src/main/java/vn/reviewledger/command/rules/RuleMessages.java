package vn.reviewledger.command.rules;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.reviewledger.platform.i18n.Words;

/**
 * Words for rule violations, from the one bundle set ({@code messages.properties}, Vietnamese, the
 * default, and {@code messages_en.properties}, in {@code platform}). Placeholders are named
 * ({@code {present}}) so a translator can reorder them. Enum values are shown by their labels, not
 * their codes.
 */
public final class RuleMessages {

    public static final Locale VIETNAMESE = Words.VIETNAMESE;

    private RuleMessages() {
    }

    public static String render(String rule, Map<String, Object> args, Locale locale) {
        return Words.text(rule, args, locale);
    }

    /** The words for a key in the caller's language, if the bundle has them. */
    public static Optional<String> template(String key, Locale locale) {
        return Words.template(key, locale);
    }
}
