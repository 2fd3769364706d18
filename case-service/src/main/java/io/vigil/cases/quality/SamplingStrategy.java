package io.vigil.cases.quality;

/** RANDOM draws from all resolved cases at once; STRATIFIED draws the quota from each queue-and-investigator pair. */
public enum SamplingStrategy {
    RANDOM, STRATIFIED
}
