package dev.tocsin.runbook.internal;

import dev.tocsin.runbook.RunbookSources;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RunbookSources.class)
class RunbookConfiguration {
}
