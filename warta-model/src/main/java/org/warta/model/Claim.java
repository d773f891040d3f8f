package org.warta.model;

import java.util.List;

/**
 * A counted outcome and who asserts it. Entity references ({@code claimant}, {@code agent},
 * {@code affected}, {@code place}) are entity ids; {@code via} names relaying sources.
 */
public record Claim(String id, Predicate predicate, Count count, ObjectCategory object, String objectText,
                    String claimant, List<String> via, String agent, String affected, String place, Period period,
                    ClaimStatus status, List<Response> responses, List<Span> evidence, double confidence) {
    public Claim {
        via = List.copyOf(via);
        responses = List.copyOf(responses);
        evidence = List.copyOf(evidence);
    }
}
