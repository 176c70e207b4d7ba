/**
 * The dissectors of HTTP bodies by media type: {@code media} (any type without a dissector),
 * {@code data-text-lines} and {@code urlencoded-form}, with the fields listed in each class. XML,
 * JSON and images have packages of their own ({@link io.sharkfin.dissect.protocol.xml},
 * {@link io.sharkfin.dissect.protocol.json}, {@link io.sharkfin.dissect.protocol.image}).
 */
package io.sharkfin.dissect.protocol.http.media;
