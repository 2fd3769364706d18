package io.vigil.e2e.support;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Walks a page with the Tab key as a keyboard user does and records where focus lands and whether the focus ring
 * shows there (the element matches {@code :focus-visible} and draws an outline of at least 2 px).
 */
public final class FocusStops {

    private static final String DESCRIBE = """
            () => {
              const e = document.activeElement;
              if (!e || e === document.body) { return null; }
              const style = getComputedStyle(e);
              const ring = e.matches(':focus-visible') && style.outlineStyle !== 'none'
                  && parseFloat(style.outlineWidth) >= 2;
              const label = (e.getAttribute('aria-label') || e.textContent || '').trim().replace(/\\s+/g, ' ').replace(/[|]/g, '/');
              return [e.tagName.toLowerCase(), e.id || '', e.getAttribute('name') || '', e.getAttribute('value') || '',
                      label.slice(0, 60), ring ? 'ring' : 'no-ring'].join('|');
            }""";

    private FocusStops() {
    }

    /** One place focus landed: tag, id, name, value, label and whether the ring showed. */
    public record Stop(String tag, String id, String name, String value, String label, boolean ring) {

        static Stop parse(String described) {
            String[] p = described.split("\\|", -1);
            return new Stop(p[0], p[1], p[2], p[3], p[4], p[5].equals("ring"));
        }

        @Override
        public String toString() {
            return tag + (id.isEmpty() ? "" : "#" + id) + (name.isEmpty() ? "" : "[" + name + "=" + value + "]")
                    + (label.isEmpty() ? "" : " '" + label + "'") + (ring ? "" : " (no focus ring)");
        }
    }

    /** Presses Tab until every wanted stop was reached (in any order) or {@code maxTabs} presses were made. */
    public static List<Stop> tabUntilAll(Page page, int maxTabs, List<Predicate<Stop>> wanted) {
        List<Stop> stops = new ArrayList<>();
        List<Predicate<Stop>> missing = new ArrayList<>(wanted);
        for (int i = 0; i < maxTabs && !missing.isEmpty(); i++) {
            page.keyboard().press("Tab");
            Object described = page.evaluate(DESCRIBE);
            if (described != null) {
                Stop stop = Stop.parse(described.toString());
                stops.add(stop);
                missing.removeIf(w -> w.test(stop));
            }
        }
        return stops;
    }

    /** Presses Tab until {@code target} has focus; false if it never did within {@code maxTabs} presses. */
    public static boolean tabTo(Page page, Locator target, int maxTabs) {
        for (int i = 0; i < maxTabs; i++) {
            page.keyboard().press("Tab");
            if (Boolean.TRUE.equals(target.evaluate("e => e === document.activeElement"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the focused element shows the focus ring. */
    public static boolean focusRingShows(Page page) {
        Object described = page.evaluate(DESCRIBE);
        return described != null && Stop.parse(described.toString()).ring();
    }
}
