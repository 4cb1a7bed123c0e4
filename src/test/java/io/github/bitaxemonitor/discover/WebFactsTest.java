package io.github.bitaxemonitor.discover;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebFactsTest {
    @Test
    void anAntminerIsKnownByItsDigestRealm() {
        WebFacts f = WebFacts.parse("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Digest realm=\"antMiner "
                + "Configuration\", nonce=\"x\"\r\n\r\n");
        assertThat(f.antminerRealm()).isTrue();
        assertThat(f.status()).isEqualTo(401);
    }

    @Test
    void anotherRealmIsNotAnAntminer() {
        assertThat(WebFacts.parse("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"Router\"\r\n\r\n")
                .antminerRealm()).isFalse();
    }

    @Test
    void aWhatsminerIsKnownByItsLuciRedirectToHttps() {
        assertThat(WebFacts.parse("HTTP/1.1 302 Found\r\nLocation: https://10.0.0.5/cgi-bin/luci\r\n\r\n")
                .luciRedirect()).isTrue();
        assertThat(WebFacts.parse("HTTP/1.1 302 Found\r\nLocation: https://10.0.0.5/login\r\n\r\n")
                .luciRedirect()).isFalse();
    }

    @Test
    void theAxeOsPageIsNamedInItsBody() {
        assertThat(WebFacts.parse("HTTP/1.1 200 OK\r\n\r\n<title>AxeOS</title>").axeOsPage()).isTrue();
    }

    @Test
    void aReplyThatIsNotHttpGivesNoFacts() {
        assertThat(WebFacts.parse("{\"STATUS\":[{\"STATUS\":\"E\"}]}\0")).isNull();
        assertThat(WebFacts.parse("")).isNull();
        assertThat(WebFacts.parse("HTTP/1.1 abc")).isNull();
    }
}
