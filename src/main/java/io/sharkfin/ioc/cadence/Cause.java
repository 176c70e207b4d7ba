package io.sharkfin.ioc.cadence;

/**
 * Something besides timing that makes a pair suspicious, with its weight in the beacon score and
 * a sentence for the report ("the server presents a self-signed certificate").
 *
 * @param kind   a stable word ({@code dga-name}, {@code after-nxdomain-burst}, ...)
 * @param weight points added to the beacon score
 * @param text   plain words
 */
public record Cause(String kind, int weight, String text) {
}
