/**
 * Image bodies as Wireshark 4.0.17 dissects them: PNG ({@code png}, file-png.c:
 * {@link io.sharkfin.dissect.protocol.image.PngDissector}), GIF ({@code image-gif}, file-gif.c:
 * {@link io.sharkfin.dissect.protocol.image.GifDissector}) and JPEG ({@code image-jfif},
 * file-jpeg.c: {@link io.sharkfin.dissect.protocol.image.JfifDissector}, its segments in
 * {@code JfifSegments}, Exif's TIFF data in {@code ExifTiff}). HTTP hands them bodies by media type
 * and tries them on bodies of no other dissector; a body without the format's signature is refused.
 *
 * <p>What they share: a window on the data with a tvbuff's three bounds ({@link io.sharkfin.dissect.protocol.Tvb}), so that a
 * read past an image's end is marked as Wireshark marks it, and the item adder ({@code Items})
 * that checks an item's bytes whether or not it is recorded, as {@code proto_tree_add_item} does,
 * and tells whether tshark would have built a tree: file-jpeg.c reads most segments only into one,
 * so a damaged image can be malformed in tshark's tree and not in its summary line.
 */
package io.sharkfin.dissect.protocol.image;
