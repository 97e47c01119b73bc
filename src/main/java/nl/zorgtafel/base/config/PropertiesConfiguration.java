package nl.zorgtafel.base.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ZorgtafelProperties.class)
class PropertiesConfiguration {
}
