package vn.policykg.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one way an error reaches a client. Controllers throw {@code ResponseStatusException} (Spring sends
 * it here), filters and Fuseki call {@code sendError}; this answers all of them the same way: JSON for
 * the API paths ({@code /api/}, {@code /export/}) and for clients that do not ask for HTML
 * ({@link JsonOrHtml}), a short Vietnamese page otherwise. The JSON is an RFC 9457 problem
 * ({@code title, status, detail, instance}) that keeps the {@code error} and {@code message} fields
 * clients read, served as {@code application/json}. The status is kept (4xx when the caller got
 * something wrong); messages of server faults are never shown (a 503 from our own limits is, since it
 * says what to do), nor stack traces.
 */
@Controller
public class ErrorPageController implements ErrorController {

    @RequestMapping("/error")
    public Object error(HttpServletRequest request) {
        HttpStatus status = status(request);
        String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        String message = message(status, request);
        if (path.startsWith("/api/")
                || path.startsWith("/export/")
                || JsonOrHtml.json(request.getHeader(HttpHeaders.ACCEPT), true)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
            instance(path).ifPresent(problem::setInstance);
            problem.setProperty("error", status.getReasonPhrase());
            problem.setProperty("message", message);
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(problem);
        }
        ModelAndView page = new ModelAndView("error-page", status);
        page.addObject("status", status.value());
        page.addObject("heading", title(status));
        page.addObject("reason", status.getReasonPhrase());
        page.addObject("message", message);
        page.addObject("path", path);
        return page;
    }

    /** The path as the problem's instance, unless it is not a valid URI reference (the error may be about just that). */
    private static Optional<URI> instance(String path) {
        try {
            return Optional.of(new URI(path));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String message(HttpStatus status, HttpServletRequest request) {
        // 503 is what our own limits send (a query stopped at its timeout): its message says what to do.
        if (status.is5xxServerError() && status != HttpStatus.SERVICE_UNAVAILABLE)
            return "Lỗi máy chủ; yêu cầu chưa được xử lý. (Server error: the request was not processed.)";
        if (status == HttpStatus.NOT_FOUND) return "Không tìm thấy địa chỉ này. (No resource at this address.)";
        Object m = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        String text = m == null ? "" : m.toString();
        return text.isBlank() ? status.getReasonPhrase() : text;
    }

    private static String title(HttpStatus status) {
        return switch (status.value()) {
            case 400 -> "Yêu cầu không hợp lệ";
            case 404 -> "Không tìm thấy";
            case 405 -> "Phương thức không được phép";
            case 406 -> "Không có định dạng phù hợp";
            case 411 -> "Thiếu độ dài nội dung";
            case 413 -> "Yêu cầu quá lớn";
            case 415 -> "Kiểu nội dung không được hỗ trợ";
            case 422 -> "Truy vấn bị từ chối";
            case 429 -> "Quá nhiều truy vấn";
            case 503 -> "Dịch vụ tạm thời không đáp ứng";
            default -> status.is5xxServerError() ? "Lỗi máy chủ" : "Lỗi";
        };
    }
}
