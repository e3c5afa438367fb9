package vn.reviewledger.query.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.stereotype.Controller;

/**
 * A screen of the web UI. Screens live in the feature they show, next to that feature's JSON
 * endpoints, so the package cannot tell them apart: this mark does. It gives a screen the header's
 * model ({@link UiModel}) and errors as a page in the user's language ({@link UiErrors}) where the
 * read API answers problem+json.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface UiPage {
}
