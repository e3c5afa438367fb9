package vn.reviewledger.platform.i18n;

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
 * Every user-facing word of both sides comes from one bundle set, {@code messages.properties}
 * (Vietnamese, the default) and {@code messages_en.properties}: the screens read it through Spring's
 * MessageSource, and code without a MessageSource at hand (rules, problem answers, filters) through
 * this class. Plain Java on purpose: the rules may use it and still touch no framework.
 *
 * <p>Placeholders here are named ({@code {present}}) so a translator can reorder them; the value of
 * an enum the bundle labels ({@code stage.}, {@code rating.}, {@code kind.}, {@code source.}) is shown
 * by its label, never its code.
 */
public final class Words {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final String BUNDLE = "messages";

    private Words() {
    }

    /** The words for {@code key} with its named placeholders filled, or the key and values if none exist. */
    public static String text(String key, Map<String, ?> args, Locale locale) {
        String text = template(key, locale).orElse(args.isEmpty() ? key : key + " " + args);
        for (Map.Entry<String, ?> e : args.entrySet()) {
            text = text.replace("{" + e.getKey() + "}", shown(e.getValue(), locale));
        }
        return text;
    }

    /** The words for a key in the caller's language, if the bundle has them. */
    public static Optional<String> template(String key, Locale locale) {
        try {
            // No fallback to the JVM's locale: a Vietnamese request on an English server stays Vietnamese.
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, english(locale) ? Locale.ENGLISH : VIETNAMESE,
                    Words.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return Optional.of(bundle.getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    /** The label of a stage, rating, subject kind or opinion source; the bundle key is {@link #labelKey}. */
    public static String label(Enum<?> value, Locale locale) {
        String key = labelKey(value);
        return key == null ? value.name() : template(key, locale).orElse(value.name());
    }

    /** The bundle key of an enum value's label, or null for enums the bundle does not label. */
    public static String labelKey(Enum<?> value) {
        String prefix = value instanceof Stage ? "stage."
                : value instanceof Rating ? "rating."
                : value instanceof SubjectKind ? "kind."
                : value instanceof OpinionSource ? "source."
                : null;
        return prefix == null ? null : prefix + value.name();
    }

    public static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    private static String shown(Object value, Locale locale) {
        if (value instanceof Enum<?> e && labelKey(e) != null) {
            return label(e, locale);
        }
        if (value instanceof Iterable<?> items) {
            StringBuilder sb = new StringBuilder();
            for (Object item : items) {
                if (!sb.isEmpty()) {
                    sb.append(", ");
                }
                sb.append(shown(item, locale));
            }
            return sb.toString();
        }
        return String.valueOf(value);
    }
}
