package vn.policykg;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import vn.policykg.build.BuildCommand;

/**
 * Starts the service; with the single argument {@code build} it instead builds a new store
 * generation from data/ and exits (0 on success, 1 with a message naming file and line otherwise).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PolicyKgApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("build")) {
            System.exit(BuildCommand.run(args));
            return;
        }
        SpringApplication.run(PolicyKgApplication.class, args);
    }
}
