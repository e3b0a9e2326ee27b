package vn.vidan.audit;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** Puts the audit filter right after Spring Security, before Camunda's own filters and the controllers. */
@Configuration
class AuditConfig {

	@Bean
	FilterRegistrationBean<AuditFilter> auditFilter(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		FilterRegistrationBean<AuditFilter> registration = new FilterRegistrationBean<>(new AuditFilter(jdbc, transactions));
		registration.setName("vidan-audit");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

}
