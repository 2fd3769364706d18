package io.vigil.e2e.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cookie-keeping HTTP client that follows redirects itself and remembers every hop, enough to walk an OIDC
 * code-flow login like a browser without running one (ConsoleBrowserIT drives a real Chromium).
 */
public final class Browser {

    private static final int MAX_HOPS = 10;
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new LoopbackCookies())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** Where a navigation ended, and the redirects it took to get there. */
    public record Visit(List<URI> hops, Reply last) {

        public URI landedOn() {
            return hops.get(hops.size() - 1);
        }

        public String html() {
            return last.body();
        }
    }

    public Visit open(URI uri) {
        return follow(uri, request(uri).GET());
    }

    public Visit submit(URI action, Map<String, String> form) {
        return follow(action, request(action).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Keycloak.formBody(form))));
    }

    private Visit follow(URI first, HttpRequest.Builder firstRequest) {
        List<URI> hops = new ArrayList<>(List.of(first));
        Reply reply = Api.send(http, firstRequest.build());
        while (isRedirect(reply.status())) {
            if (hops.size() > MAX_HOPS) {
                throw new AssertionError("more than " + MAX_HOPS + " redirects: " + hops);
            }
            URI next = hops.get(hops.size() - 1).resolve(reply.location()
                    .orElseThrow(() -> new AssertionError("redirect without Location: " + hops)));
            hops.add(next);
            reply = Api.send(http, request(next).GET().build());
        }
        return new Visit(List.copyOf(hops), reply);
    }

    private static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).header("Accept", "text/html");
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** The action of the form whose opening tag matches {@code marker}, resolved against the page. */
    public static URI formAction(Visit page, String marker) {
        String tag = formTag(page, marker);
        Matcher action = Pattern.compile("action=\"([^\"]*)\"").matcher(tag);
        if (!action.find()) {
            throw new AssertionError("form " + tag + " has no action");
        }
        return page.landedOn().resolve(unescape(action.group(1)));
    }

    /** The hidden fields of that form (a CSRF token, for instance), to send back as a browser would. */
    public static Map<String, String> hiddenFields(Visit page, String marker) {
        String html = page.html();
        int start = html.indexOf(formTag(page, marker));
        int end = html.indexOf("</form>", start);
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(html.substring(start, end < 0 ? html.length() : end));
        while (input.find()) {
            String tag = input.group();
            if (tag.contains("type=\"hidden\"")) {
                fields.put(attribute(tag, "name"), unescape(attribute(tag, "value")));
            }
        }
        return fields;
    }

    private static String formTag(Visit page, String marker) {
        Matcher forms = Pattern.compile("<form\\b[^>]*>", Pattern.CASE_INSENSITIVE).matcher(page.html());
        while (forms.find()) {
            if (forms.group().contains(marker)) {
                return forms.group();
            }
        }
        throw new AssertionError("no form with " + marker + " on " + page.landedOn() + ":\n" + page.html());
    }

    private static String attribute(String tag, String name) {
        Matcher value = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(tag);
        return value.find() ? value.group(1) : "";
    }

    static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&#x3D;", "=").replace("&#61;", "=").replace("&amp;", "&");
    }
}
