package io.vigil.e2e.support;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;

/**
 * Cookies as a browser keeps them for http://127.0.0.1: browsers count loopback as a secure context and send
 * it Secure cookies, which Keycloak sets even over plain HTTP. Java's CookieManager would withhold them, and
 * the login form would then fail with "cookie not found".
 */
final class LoopbackCookies extends CookieHandler {

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
        return cookies.get(asSecure(uri), requestHeaders);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
        cookies.put(asSecure(uri), responseHeaders);
    }

    private static URI asSecure(URI uri) {
        if (!"http".equals(uri.getScheme()) || !"127.0.0.1".equals(uri.getHost())) {
            return uri;
        }
        try {
            return new URI("https", uri.getUserInfo(), uri.getHost(), uri.getPort(), uri.getPath(), uri.getQuery(),
                    uri.getFragment());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(uri.toString(), e);
        }
    }
}
