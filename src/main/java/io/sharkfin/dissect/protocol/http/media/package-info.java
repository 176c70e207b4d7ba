/**
 * The dissectors of HTTP bodies, by media type or signature: {@code media} (any type without a
 * dissector), {@code data-text-lines}, {@code urlencoded-form},
 * {@code png}, {@code image-gif} and {@code image-jfif}, as layers with the fields listed in
 * each class. XML and JSON have packages of their own ({@link io.sharkfin.dissect.protocol.xml},
 * {@link io.sharkfin.dissect.protocol.json}).
 */
package io.sharkfin.dissect.protocol.http.media;
