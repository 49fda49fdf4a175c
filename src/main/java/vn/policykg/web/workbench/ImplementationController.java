package vn.policykg.web.workbench;

import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.policykg.web.Addresses;

/** /implementation?document={IRI}: the implementation tree of a document, 42-NQ/TW by default. */
@Controller
public class ImplementationController {

    static final String DEFAULT_DOCUMENT = "eli/vn/nq/2023/42-nq-tw";
    private static final Pattern IRI = Pattern.compile("https?://[^\\s<>\"{}|\\\\^`]+");

    private final ImplementationTree tree;
    /** The configured base of data IRIs. */
    private final String base;

    private final Addresses addresses;

    public ImplementationController(ImplementationTree tree, Addresses addresses) {
        this.tree = tree;
        this.base = addresses.base();
        this.addresses = addresses;
    }

    @GetMapping("/implementation")
    public String page(@RequestParam(required = false) String document, Model model) {
        String iri = document == null || document.isBlank() ? base + DEFAULT_DOCUMENT : document.strip();
        if (!IRI.matcher(iri).matches())
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "\"" + document + "\" không phải là IRI của một văn bản (ví dụ " + base + DEFAULT_DOCUMENT + ").");
        ImplementationTree.Node root = tree.from(iri)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "Không có văn bản nào có IRI " + iri + ". (No document with this IRI.)"));
        model.addAttribute("links", addresses);
        model.addAttribute("root", root);
        return "implementation";
    }
}
