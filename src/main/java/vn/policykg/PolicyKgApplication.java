package vn.policykg;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import vn.policykg.build.BuildCommand;

/**
 * Starts the service; with the first argument {@code build} or {@code add} it instead builds a new store
 * generation and exits ({@link BuildCommand} says how and with which exit codes).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PolicyKgApplication {

    public static void main(String[] args) {
        if (args.length > 0 && (args[0].equals("build") || args[0].equals("add"))) {
            System.exit(BuildCommand.run(args));
            return;
        }
        SpringApplication.run(PolicyKgApplication.class, args);
    }
}
