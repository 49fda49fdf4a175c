package vn.policykg.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesMarkupAndKeepsVietnamese() {
        assertThat(Html.escape("<script>alert('x')</script> & \"Tỉnh ủy Lào Cai\""))
            .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Tỉnh ủy Lào Cai&quot;");
        assertThat(Html.escape(null)).isEmpty();
    }
}
