package vn.policykg.web.operations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.policykg.build.BuildResult;
import vn.policykg.build.StoreBuilder;
import vn.policykg.store.LiveStore;
import vn.policykg.store.OpenedGeneration;
import vn.policykg.store.StoreLayout;
import vn.policykg.web.PolicyKgProperties;
import vn.policykg.web.sparql.SparqlLimits;

/**
 * {@code POST /admin/reload} with {@code Authorization: Bearer <policykg.reload.token>}: builds a new
 * store generation from data/ beside the served one, publishes it and swaps it in. Queries already
 * running finish on the generation they started with, which is closed after them. A build that fails
 * (or a process killed during it) leaves the served generation as it was. Off unless a token is set.
 */
@RestController
public class ReloadController {

    private static final Logger LOG = LoggerFactory.getLogger(ReloadController.class);

    private final LiveStore store;
    private final PolicyKgProperties props;
    private final ReloadProperties reload;
    private final SparqlLimits limits;
    private final ReentrantLock oneAtATime = new ReentrantLock();

    public ReloadController(LiveStore store, PolicyKgProperties props, ReloadProperties reload, SparqlLimits limits) {
        this.store = store;
        this.props = props;
        this.reload = reload;
        this.limits = limits;
    }

    @PostMapping("/admin/reload")
    public Map<String, Object> reload(
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        if (!reload.enabled()) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        if (!tokenMatches(authorization))
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN, "Thiếu hoặc sai mã truy cập. (Missing or wrong bearer token.)");
        if (!oneAtATime.tryLock())
            throw new ResponseStatusException(
                    HttpStatus.CONFLICT,
                    "Đang nạp lại dữ liệu; hãy thử lại sau. (A reload is already running; try again later.)");
        try {
            String previous = store.current().generation().id();
            BuildResult built = new StoreBuilder(new StoreLayout(props.storeDir())).build(props.buildInputs());
            // Readers that took the old dataset just before the swap get a full query timeout to begin.
            store.replace(OpenedGeneration.open(built.generation()), limits.timeout());
            LOG.info(
                    "Reloaded: serving store generation {} ({} triples) instead of {}",
                    built.generation().id(),
                    built.triples(),
                    previous);
            return Map.of("generation", built.generation().id(), "triples", built.triples(), "previous", previous);
        } finally {
            oneAtATime.unlock();
        }
    }

    private boolean tokenMatches(String authorization) {
        String prefix = "Bearer ";
        if (authorization == null || !authorization.startsWith(prefix)) return false;
        byte[] given = authorization.substring(prefix.length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, reload.token().getBytes(StandardCharsets.UTF_8));
    }
}
