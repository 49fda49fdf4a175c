package vn.policykg.web.workbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The documented queries of queries/ (packaged on the classpath by the build), each with the title and
 * question of its comment header, offered as examples by the SPARQL editor.
 */
@Component
public class QueryLibrary {

    private static final Pattern TITLE = Pattern.compile("(?m)^# Title: (.+)$");
    private static final Pattern QUESTION = Pattern.compile("(?m)^# Question: (.+)$");

    public record Example(String name, String title, String question, String query) {}

    private final List<Example> examples;

    public QueryLibrary() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:queries/*.rq");
            examples = Arrays.stream(files)
                    .map(QueryLibrary::read)
                    .sorted(Comparator.comparing(Example::title))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Example> examples() {
        return examples;
    }

    private static Example read(Resource file) {
        try {
            String text = file.getContentAsString(StandardCharsets.UTF_8);
            String name = file.getFilename().replaceFirst("\\.rq$", "");
            return new Example(name, header(TITLE, text, name), header(QUESTION, text, ""), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String header(Pattern p, String text, String fallback) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1).strip() : fallback;
    }
}
