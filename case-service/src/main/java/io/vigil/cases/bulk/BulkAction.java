package io.vigil.cases.bulk;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a bulk request does to each case of its selection; lowercase on the wire, as the API documents it. */
public enum BulkAction {
    @JsonProperty("assign") ASSIGN,
    @JsonProperty("transition") TRANSITION,
    @JsonProperty("label") LABEL,
    @JsonProperty("unlabel") UNLABEL
}
