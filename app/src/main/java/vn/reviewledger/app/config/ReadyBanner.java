package vn.reviewledger.app.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the person who started the system where to find it. */
@Component
class ReadyBanner {

    private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            String base = "http://localhost:" + web.getWebServer().getPort();
            String text = """

                    ===============================================================
                      Review Ledger is running: %s/
                      API description (OpenAPI UI): %s/swagger-ui.html
                      Health: %s/actuator/health
                    ===============================================================
                    """.formatted(base, base, base);
            System.out.println(text);
            log.info("Review Ledger is running at {}/", base);
        }
    }
}
