package vn.reviewledger.query.ui;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import vn.reviewledger.platform.web.Problems;

/**
 * Languages: the web UI is Vietnamese unless the user switches ({@code ?lang=en}, kept in a cookie);
 * the API keeps answering by {@code Accept-Language}, Vietnamese by default, exactly as before. A
 * browser's own Accept-Language does not pick the UI's language: a Vietnamese office with an
 * English-language browser still gets Vietnamese screens.
 */
@Configuration(proxyBeanMethods = false)
class UiConfig implements WebMvcConfigurer {

    static final String COOKIE = "rl-lang";

    @Bean
    LocaleResolver localeResolver(@Value("${spring.web.locale:vi}") Locale defaultLocale) {
        return new SplitLocaleResolver(defaultLocale);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitch()).addPathPatterns("/", "/ui/**", "/login");
    }

    static boolean isUi(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
            // The error page of a browser is a UI page, in the UI's language, whatever path failed.
            return Problems.wantsPage(request);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/") || path.startsWith("/ui/") || path.equals("/ui") || path.equals("/login");
    }

    /** The API by Accept-Language, the UI by cookie; both Vietnamese by default. */
    static final class SplitLocaleResolver implements LocaleResolver {

        private final AcceptHeaderLocaleResolver api = new AcceptHeaderLocaleResolver();
        private final CookieLocaleResolver ui = new CookieLocaleResolver(COOKIE);

        SplitLocaleResolver(Locale defaultLocale) {
            api.setDefaultLocale(defaultLocale);
            ui.setDefaultLocale(defaultLocale);
            ui.setDefaultLocaleFunction(request -> defaultLocale);
            ui.setCookieMaxAge(Duration.ofDays(365));
            ui.setCookieSameSite("Lax");
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return isUi(request) ? ui.resolveLocale(request) : api.resolveLocale(request);
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            ui.setLocale(request, response, locale);
        }
    }

    /** {@code ?lang=vi} or {@code ?lang=en}; anything else is ignored. */
    static final class LanguageSwitch implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            String lang = request.getParameter("lang");
            if ("vi".equals(lang) || "en".equals(lang)) {
                LocaleResolver resolver = org.springframework.web.servlet.support.RequestContextUtils
                        .getLocaleResolver(request);
                if (resolver != null) {
                    resolver.setLocale(request, response, Locale.forLanguageTag(lang));
                }
            }
            return true;
        }
    }
}
