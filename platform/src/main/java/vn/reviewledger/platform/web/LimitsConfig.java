package vn.reviewledger.platform.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitProperties.class)
class LimitsConfig {

    /** Before security: an oversized body is refused without being read, whoever sends it. */
    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimit(LimitProperties limits) {
        FilterRegistrationBean<RequestSizeLimitFilter> bean = new FilterRegistrationBean<>(new RequestSizeLimitFilter(limits));
        bean.setOrder(-200);
        return bean;
    }

    /** After security (order -100), so the limit is per signed-in user; before idempotency and controllers. */
    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimit(LimitProperties limits) {
        FilterRegistrationBean<RateLimitFilter> bean = new FilterRegistrationBean<>(new RateLimitFilter(limits));
        bean.setOrder(0);
        return bean;
    }
}
