package io.sharkfin.ioc;

import io.sharkfin.ioc.report.EvidenceReport;

import java.util.List;

/**
 * Where a part of the analysis states its findings before they are ranked: what was seen (a
 * kind, a score 0–100, a title and a statement), the capability it gives an actor and the
 * objective it suggests, ATT&amp;CK technique ids, the indicators and the frames behind it.
 */
@FunctionalInterface
public interface FindingSink {
    void add(String kind, int score, String title, String statement, String capability, String objective,
             List<String> attack, List<String> indicators, EvidenceReport evidence);
}
