package io.vigil.cases.shift;

/** What a person does on a shift: the lead is paged for urgent work, investigators work the queues. */
public enum ShiftRole {
    LEAD, INVESTIGATOR
}
