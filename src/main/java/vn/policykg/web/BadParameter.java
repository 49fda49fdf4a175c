package vn.policykg.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The 400 for a query parameter whose value breaks a rule: names the parameter, the value and the rule. */
public final class BadParameter {

    private BadParameter() {}

    /** {@code rule} in Vietnamese, read after the value: "phải là số trang từ 1 trở lên". */
    public static ResponseStatusException of(String parameter, String value, String rule) {
        return new ResponseStatusException(
                HttpStatus.BAD_REQUEST,
                "Tham số «" + parameter + "» không hợp lệ: \"" + value + "\" " + rule + ". (Bad value of parameter '"
                        + parameter + "'.)");
    }
}
