package vn.policykg.web.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads what the service wrote with Debian's Python libraries (independent parsers), via a script printing JSON. */
final class Python {

    private Python() {}

    /** Runs src/test/resources/workbench/{script} on {@code content} written to a file; its JSON output. */
    static JsonNode read(String script, String content) {
        try {
            Path file = Files.createTempFile("workbench-", ".txt");
            Files.writeString(file, content, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(
                            "/usr/bin/python3", "src/test/resources/workbench/" + script, file.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as(script + " exit status").isZero();
            Files.delete(file);
            return JsonMapper.builder().build().readTree(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
