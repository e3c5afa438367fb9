package vn.reviewledger.command.rules;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import vn.reviewledger.kernel.common.OpinionSource;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.SubjectKind;

/**
 * Words for rule violations, from {@code rule-messages.properties} (Vietnamese, the default) and
 * {@code rule-messages_en.properties}. Placeholders are named ({@code {present}}) so a translator
 * can reorder them. Enum values are shown by their labels, not their codes.
 */
public final class RuleMessages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String BUNDLE = "vn.reviewledger.command.rules.rule-messages";

    private RuleMessages() {
    }

    public static String render(String rule, Map<String, Object> args, Locale locale) {
        boolean english = isEnglish(locale);
        String text = template(rule, locale).orElse(rule + " " + args);
        for (Map.Entry<String, Object> e : args.entrySet()) {
            text = text.replace("{" + e.getKey() + "}", label(e.getValue(), english));
        }
        return text;
    }

    /** The words for a key in the caller's language, if the bundle has them. */
    public static Optional<String> template(String key, Locale locale) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, isEnglish(locale) ? Locale.ENGLISH : VIETNAMESE,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return Optional.of(bundle.getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    private static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    private static String label(Object value, boolean english) {
        if (value instanceof Stage s) {
            return s.label(english);
        }
        if (value instanceof Rating r) {
            return r.label(english);
        }
        if (value instanceof OpinionSource o) {
            return o.label(english);
        }
        if (value instanceof SubjectKind k) {
            return k.label(english);
        }
        if (value instanceof Iterable<?> items) {
            StringBuilder sb = new StringBuilder();
            for (Object item : items) {
                if (!sb.isEmpty()) {
                    sb.append(", ");
                }
                sb.append(label(item, english));
            }
            return sb.toString();
        }
        return String.valueOf(value);
    }
}
