package io.vigil.sop;

import io.vigil.kit.page.Cursor;
import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
import io.vigil.kit.problem.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Reading versions: one by number, the list, and the one in effect now. */
@ApplicationScoped
public class VersionLibrary {

    private final SopRepository sops;
    private final SopVersionRepository versions;
    private final Clock clock;

    public VersionLibrary(SopRepository sops, SopVersionRepository versions, Clock clock) {
        this.sops = sops;
        this.versions = versions;
        this.clock = clock;
    }

    public SopVersion get(String key, int number) {
        return versions.getByNumber(getSop(key), number);
    }

    /** The pinned version when one is named, else the one in effect now. */
    public SopVersion resolve(String key, Optional<Integer> pinned) {
        Sop sop = getSop(key);
        return pinned.map(n -> versions.getByNumber(sop, n))
                .orElseGet(() -> versions.findInEffect(sop, clock.instant())
                        .orElseThrow(() -> new VersionNotFoundException(key, "in effect")));
    }

    /**
     * The SOP that applies to work in a domain and category now: its version in effect. When several SOPs cover
     * the same area, the one whose version took effect most recently wins.
     */
    public Optional<InEffect> inEffectFor(String domain, String category) {
        return versions.findInEffectFor(domain, category, clock.instant())
                .map(version -> new InEffect(sops.findById(version.sopId()), version));
    }

    /** One version with its SOP, for a caller that walks a version it pinned earlier. */
    public InEffect pinned(String key, int number) {
        Sop sop = getSop(key);
        return new InEffect(sop, versions.getByNumber(sop, number));
    }

    public Page<SopVersion> list(String key, PageRequest page) {
        Sop sop = getSop(key);
        List<SopVersion> found = versions.listAfter(sop, page.after().map(VersionLibrary::number),
                page.limit() + 1);
        boolean more = found.size() > page.limit();
        List<SopVersion> items = more ? found.subList(0, page.limit()) : found;
        String next = more ? Cursor.encode(Integer.toString(items.get(items.size() - 1).number())) : null;
        return new Page<>(List.copyOf(items), next);
    }

    private static int number(String position) {
        try {
            return Integer.parseInt(position);
        } catch (NumberFormatException foreign) {
            throw new InvalidRequestException("cursor", "is not a cursor this API issued");
        }
    }

    private Sop getSop(String key) {
        return sops.findByKey(key).orElseThrow(() -> new SopNotFoundException(key));
    }
}
