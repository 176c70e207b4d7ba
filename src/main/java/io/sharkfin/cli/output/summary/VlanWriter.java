package io.sharkfin.cli.output.summary;

/** 802.1Q: the tag's priority, drop eligibility and VLAN id, until a protocol above writes. */
final class VlanWriter implements ColumnWriter {

    private final int priority;
    private final int dei;
    private final int id;

    VlanWriter(ColumnFields f) {
        priority = f.id("vlan.priority");
        dei = f.id("vlan.dei");
        id = f.id("vlan.id");
    }

    @Override
    public void begin(Layer layer, Columns c) {
        c.setProtocol("VLAN");
        c.clearInfo();
        if (!layer.has(id)) {
            // the tag was cut off: packet-vlan.c words Info only from the tag it read
            return;
        }
        c.setInfo("PRI: " + layer.num(priority, 0) + "  DEI: " + layer.num(dei, 0) + "  ID: " + layer.num(id, 0));
    }
}
