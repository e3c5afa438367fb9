package vn.reviewledger.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Request limits ({@code reviewledger.limits.*}).
 *
 * @param maxBody            largest JSON request body
 * @param maxImport          largest CSV import
 * @param requestsPerMinute  requests one user may send per minute on this node; 0 switches the limit off
 */
@ConfigurationProperties("reviewledger.limits")
public record LimitProperties(
        @DefaultValue("1MB") DataSize maxBody,
        @DefaultValue("20MB") DataSize maxImport,
        @DefaultValue("1200") int requestsPerMinute) {
}
