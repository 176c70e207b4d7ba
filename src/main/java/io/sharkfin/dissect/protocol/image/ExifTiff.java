package io.sharkfin.dissect.protocol.image;

import io.sharkfin.dissect.protocol.Items;
import io.sharkfin.dissect.protocol.Tvb;
import io.sharkfin.dissect.FieldSpec;

/**
 * The TIFF data of an APP1 Exif segment as file-jpeg.c's {@code process_tiff} and
 * {@code process_tiff_ifd_chain} read it: the byte order, the offset of the first IFD, then each
 * IFD of the chain with its entries (tag, type, count, and the values in place or at their offset:
 * bytes, ASCII text, shorts, longs, rationals, signed longs and rationals). A LONG entry of the
 * first chain that points at the Exif, GPS or Interoperability IFD starts that chain, whose tags
 * are named from its own table (so camera make and model, software, dates and GPS position read as
 * such). Values kept outside the IFD are listed beside it, in the segment.
 *
 * <p>The checks are file-jpeg.c's, bugs and all, since its output is the reference: an offset past
 * 0x7fffffff becomes negative and is read back from the end of the data, a value in place at such
 * an offset is not shown, a next-IFD offset behind the current one ends the chain with a finding.
 * Every loop advances through the data or stops at its end, so a count of 0xffffffff or 65,535
 * entries costs what the data holds; sub-chains are started from the first chain only.
 */
final class ExifTiff {
    private static final int BYTE = 1;
    private static final int ASCII = 2;
    private static final int SHORT = 3;
    private static final int LONG = 4;
    private static final int RATIONAL = 5;
    private static final int UNDEFINED = 7;
    private static final int SLONG = 9;
    private static final int SRATIONAL = 10;
    private static final int EXIF_IFD_POINTER = 0x8769;
    private static final int GPS_IFD_POINTER = 0x8825;
    private static final int INTEROP_IFD_POINTER = 0xa005;

    private final Items it;
    private final Tvb t;
    /** The segment's item: where the IFDs and the values kept outside them go. */
    private final int tree;
    private final boolean le;

    private ExifTiff(Items it, Tvb t, int tree, boolean le) {
        this.it = it;
        this.t = t;
        this.tree = tree;
        this.le = le;
    }

    /**
     * Dissects the TIFF data {@code t} into the subtree open now (the segment's). The items are held
     * back and recorded in the tree's order (see {@link Items#hold}).
     */
    static void dissect(Items it, Tvb t) {
        int tree = it.hold();
        try {
            tiff(it, tree, t);
        } finally {
            it.release();
        }
    }

    private static void tiff(Items it, int tree, Tvb t) {
        int order = t.u16(0, false);
        boolean le = order == 0x4949;
        int e = it.uint(JfifFields.ENDIANNESS, t, 0, 2, order);
        if (order != 0x4949 && order != 0x4d4d) {
            if (it.texts()) {
                it.label(e, "Endianness: Incorrect encoding 0x" + String.format("%04x", order)
                        + "- skipping the remainder of this application marker");
            }
            return;
        }
        if (it.texts()) {
            it.label(e, le ? "Endianness: little endian" : "Endianness: big endian");
        }
        // the fixed 42 after the byte order is not read
        long start = t.u32(4, le);
        int startItem = it.add(JfifFields.START_IFD_OFFSET, t, 4, 4, le);
        if (start < 8) {
            it.expert(startItem, JfifFields.START_IFD_OFFSET_INVALID, t, 4, " (bogus, should be >= 8)");
            return;
        }
        new ExifTiff(it, t, tree, le).chain(start, JfifFields.IFD_TAG, "Image File Directory");
    }

    private void chain(long first, FieldSpec tagField, String name) {
        long next = first;
        for (int index = 0; ; index++) {
            // an offset is a C int: past 0x7fffffff it counts back from the end
            int off = (int) next;
            int count = t.u16(off, le);
            int outer = it.open(tree);
            int ifd = it.text(t, off, count * 12 + 6, it.texts() ? name + " #" + index : null);
            it.close(outer);
            int saved = it.open(ifd);
            it.add(JfifFields.IFD_NUM_FIELDS, t, off, 2, le);
            off += 2;
            for (int i = 0; i < count; i++) {
                entry(off, tagField, ifd);
                off += 12;
            }
            next = t.u32(off, le);
            int nextItem = it.add(JfifFields.NEXT_IFD_OFFSET, t, off, 4, le);
            off += 4;
            it.close(saved);
            if (next == 0) {
                return;
            }
            long here = off & 0xffffffffL;
            if (next < here) {
                it.expert(nextItem, JfifFields.NEXT_IFD_OFFSET_INVALID, t, off - 4, " (bogus, should be >= " + here + ")");
                return;
            }
        }
    }

    /** One 12-byte entry at {@code off} of an IFD whose item is {@code ifd}. */
    private void entry(int off, FieldSpec tagField, int ifd) {
        int tag = t.u16(off, le);
        it.add(tagField, t, off, 2, le);
        int type = t.u16(off + 2, le);
        it.add(JfifFields.IFD_TYPE, t, off + 2, 2, le);
        long count = t.u32(off + 4, le);
        it.add(JfifFields.IFD_COUNT, t, off + 4, 4, le);
        int size = size(type);
        int at = off + 8;
        int valueOffset = -1;
        int parent;
        if (size == 0 || 4 / size < count) {
            long where = t.u32(at, le);
            int offsetItem = it.add(JfifFields.IFD_OFFSET, t, at, 4, le);
            if (where < t.reportedLength()) {
                valueOffset = (int) where;
            } else if (it.wantsExpert(JfifFields.IFD_VALUE_OFFSET_INVALID)) {
                it.expert(offsetItem, JfifFields.IFD_VALUE_OFFSET_INVALID, t, at,
                        "bogus, should be < " + t.reportedLength());
            }
            parent = tree;
        } else {
            valueOffset = at;
            parent = ifd;
        }
        if (valueOffset < 0) {
            return;
        }
        int saved = it.open(parent);
        if (type == ASCII || type == UNDEFINED) {
            it.add(valueField(type), t, valueOffset, (int) count, le);
        } else if (size != 0) {
            for (long i = 0; i < count; i++) {
                value(type, valueOffset, count, tag, tagField);
                valueOffset += size;
            }
        }
        it.close(saved);
    }

    /** The {@code i}-th value of an entry, at {@code off}; a pointer of the first chain starts a sub-chain. */
    private void value(int type, int off, long count, int tag, FieldSpec tagField) {
        int e = it.add(valueField(type), t, off, size(type), le);
        if (type == RATIONAL || type == SRATIONAL) {
            int saved = it.open(e);
            long num = t.u32(off, le);
            it.add(type == RATIONAL ? JfifFields.IFD_VALUE_RATIONAL_NUMERATOR
                    : JfifFields.IFD_VALUE_SRATIONAL_NUMERATOR, t, off, 4, le);
            long denom = t.u32(off + 4, le);
            it.add(type == RATIONAL ? JfifFields.IFD_VALUE_RATIONAL_DENOMINATOR
                    : JfifFields.IFD_VALUE_SRATIONAL_DENOMINATOR, t, off + 4, 4, le);
            it.close(saved);
            if (it.texts()) {
                it.label(e, type == RATIONAL ? "Value: " + num + "/" + denom : "Value: " + (int) num + "/" + (int) denom);
            }
        } else if (type == LONG && count == 1 && tagField == JfifFields.IFD_TAG) {
            long target = t.u32(off, le);
            FieldSpec subTags = switch (tag) {
                case EXIF_IFD_POINTER -> JfifFields.IFD_TAG_EXIF;
                case GPS_IFD_POINTER -> JfifFields.IFD_TAG_GPS;
                case INTEROP_IFD_POINTER -> JfifFields.IFD_TAG_INTEROP;
                default -> null;
            };
            if (subTags == null) {
                return;
            }
            if (target < t.reportedLength()) {
                chain(target, subTags, subTags == JfifFields.IFD_TAG_EXIF ? "Exif IFD"
                        : subTags == JfifFields.IFD_TAG_GPS ? "GPS IFD" : "Interoperability IFD");
            } else if (it.wantsExpert(JfifFields.START_IFD_OFFSET_INVALID)) {
                it.expert(e, JfifFields.START_IFD_OFFSET_INVALID, t, off, "bogus, should be < " + t.reportedLength());
            }
        }
    }

    /** A value's size in bytes by its type (0: a type file-jpeg.c does not know). */
    private static int size(int type) {
        return switch (type) {
            case BYTE, ASCII, UNDEFINED -> 1;
            case SHORT -> 2;
            case LONG, SLONG -> 4;
            case RATIONAL, SRATIONAL -> 8;
            default -> 0;
        };
    }

    private static FieldSpec valueField(int type) {
        return switch (type) {
            case BYTE -> JfifFields.IFD_VALUE_BYTE;
            case ASCII -> JfifFields.IFD_VALUE_ASCII;
            case SHORT -> JfifFields.IFD_VALUE_SHORT;
            case LONG -> JfifFields.IFD_VALUE_LONG;
            case RATIONAL -> JfifFields.IFD_VALUE_RATIONAL;
            case UNDEFINED -> JfifFields.IFD_VALUE_UNDEFINED;
            case SLONG -> JfifFields.IFD_VALUE_SLONG;
            default -> JfifFields.IFD_VALUE_SRATIONAL;
        };
    }
}
