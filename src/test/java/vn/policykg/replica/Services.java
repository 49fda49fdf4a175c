package vn.policykg.replica;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import vn.policykg.PolicyKgApplication;

/** Whole services started in this JVM on free ports, as a writer and its replicas run on their machines. */
final class Services {

    private Services() {}

    /** The service with {@code properties} as command-line arguments (so they win over application.properties). */
    static ConfigurableApplicationContext start(Map<String, String> properties) {
        Map<String, String> all = new HashMap<>(properties);
        all.put("server.port", "0");
        all.put("spring.main.banner-mode", "off");
        String[] args = all.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(PolicyKgApplication.class).run(args);
    }

    static int port(ConfigurableApplicationContext service) {
        return Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
    }

    /** Kafka's INFO lines off before an embedded broker starts (no service has set application.properties' yet). */
    static void quietKafka() {
        LoggingSystem logging = LoggingSystem.get(Services.class.getClassLoader());
        for (String noisy : List.of("org.apache.kafka", "kafka", "state.change.logger"))
            logging.setLogLevel(noisy, LogLevel.WARN);
    }
}
