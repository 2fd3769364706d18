package io.vigil.sop;

/** The legal regimes an SOP implements: EU data protection, California privacy, EU payment services. */
public enum LegalBasis {
    GDPR, CCPA, PSD2
}
