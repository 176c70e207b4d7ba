package io.sharkfin.cli.output.summary;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The layers of one dissected frame (frame.protocols) with, for each, its protocol entry, and for
 * each entry the layer it belongs to: the layer of its nearest protocol ancestor in the tree.
 * Built per summarised frame only.
 */
final class FrameLayers {

    private Packet packet;
    private final List<Layer> layers = new ArrayList<>();
    private int[] owner = new int[64];
    private int[] last = new int[16];
    private int[] parent = new int[16];
    // the latest layer of each protocol (by field id) in the frame being read: valid where
    // stampOf holds this frame's stamp, so nothing is cleared between frames
    private int[] layerOf = new int[0];
    private int[] stampOf = new int[0];
    private int stamp;

    /** Reads the layers of {@code p}. */
    void of(Packet p) {
        packet = p;
        layers.clear();
        FieldRegistry registry = p.registry();
        int n = p.layerCount();
        int count = p.entryCount();
        if (owner.length < count) {
            owner = new int[Math.max(count, owner.length * 2)];
        }
        Arrays.fill(owner, 0, count, -1);
        if (last.length < n) {
            last = new int[Math.max(n, last.length * 2)];
            parent = new int[last.length];
        }
        for (int i = 0; i < n; i++) {
            int proto = p.layerProtocol(i);
            int occurrence = 0;
            for (int j = 0; j <= i; j++) {
                if (p.layerProtocol(j) == proto) {
                    occurrence++;
                }
            }
            int e = p.first(proto);
            for (int k = 1; k < occurrence && e >= 0; k++) {
                e = p.next(e);
            }
            layers.add(new Layer(this, i, registry.byId(proto).name(), e));
            if (e >= 0) {
                owner[e] = i;
            }
            last[i] = -1;
        }
        // a protocol item without a layer of its own (QUIC's second packet in a datagram) belongs
        // to the latest layer of its protocol
        if (layerOf.length < registry.dissectedCount()) {
            layerOf = new int[registry.dissectedCount()];
            stampOf = new int[registry.dissectedCount()];
        }
        if (++stamp == 0) {
            Arrays.fill(stampOf, 0);
            stamp = 1;
        }
        for (int e = 0; e < count; e++) {
            int fid = p.field(e);
            if (owner[e] >= 0) {
                layerOf[fid] = owner[e];
                stampOf[fid] = stamp;
            } else {
                if (stampOf[fid] == stamp) {
                    owner[e] = layerOf[fid];
                } else {
                    int up = p.parent(e);
                    owner[e] = up >= 0 && up < e ? owner[up] : -1;
                }
            }
            if (owner[e] >= 0) {
                last[owner[e]] = e;
            }
        }
        for (int i = 0; i < n; i++) {
            int e = layers.get(i).entry();
            int up = e >= 0 ? p.parent(e) : -1;
            // a layer without an item of its own (ethertype) hangs below the one before it
            parent[i] = up >= 0 && up < e ? owner[up] : i - 1;
        }
    }

    /** The layer whose dissector called layer {@code i}'s, or -1. */
    int parent(int i) {
        return parent[i];
    }

    Packet packet() {
        return packet;
    }

    int size() {
        return layers.size();
    }

    Layer layer(int i) {
        return layers.get(i);
    }

    List<Layer> layers() {
        return layers;
    }

    /** The layer entry {@code e} belongs to, or -1. */
    int owner(int e) {
        return owner[e];
    }

    /** The last entry of layer {@code i}, or -1. */
    int lastEntry(int i) {
        return last[i];
    }
}
