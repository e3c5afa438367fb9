package vn.reviewledger.query.ops.audit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditProperties.class)
class AuditWebConfig implements WebMvcConfigurer {

    private final ReadLog readLog;

    AuditWebConfig(ReadLog readLog) {
        this.readLog = readLog;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(readLog).addPathPatterns("/api/reviews/**", "/api/cycles/**", "/ui/reviews/**");
    }
}
