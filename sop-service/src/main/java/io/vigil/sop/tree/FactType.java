package io.vigil.sop.tree;

import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The types a tree may declare for its facts, as CEL checks them. */
public enum FactType {
    STRING(SimpleType.STRING), INT(SimpleType.INT), DOUBLE(SimpleType.DOUBLE), BOOL(SimpleType.BOOL);

    private final CelType celType;

    FactType(CelType celType) {
        this.celType = celType;
    }

    public CelType celType() {
        return celType;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FactType> of(String label) {
        return Arrays.stream(values()).filter(t -> t.label().equals(label)).findFirst();
    }
}
