package org.warta.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A party's answer to a claim ({@code Armenia belum berkomentar} -> Armenia, NO_COMMENT).
 *
 * @param party entity id of the responding party
 * @param start where the response is stated (left out of the JSON when unknown: the schema has no null offset)
 */
public record Response(String party, Stance stance, @JsonInclude(JsonInclude.Include.NON_NULL) Integer start,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Integer end) {
}
